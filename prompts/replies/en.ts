// English reply templates. Every order fact comes from the view model; nothing from the email.
import { buildTemplates } from './buildTemplates.ts';
import type { Phrases, ReplyTemplates, StatusWords } from './types.ts';

const words: StatusWords = {
  financial: {
    paid: 'paid',
    pending: 'payment pending',
    authorized: 'payment authorized, not yet charged',
    partially_paid: 'partly paid',
    refunded: 'refunded',
    partially_refunded: 'partly refunded',
    voided: 'payment voided',
    expired: 'payment authorization expired',
    unknown: 'being processed',
  },
  shipment: {
    label_created: 'packed, waiting for the carrier',
    shipped: 'shipped',
    in_transit: 'on its way',
    out_for_delivery: 'out for delivery',
    ready_for_pickup: 'ready for pickup',
    attempted_delivery: 'delivery attempted, not completed',
    delayed: 'delayed in transit',
    delivered: 'delivered',
    problem: 'delivery problem reported by the carrier',
  },
  progress: {
    label_created: 'is packed and about to be handed to the carrier',
    shipped: 'has shipped',
    in_transit: 'is on its way',
    out_for_delivery: 'is out for delivery',
    ready_for_pickup: 'is ready for pickup',
    attempted_delivery: 'could not be delivered at the first attempt',
    delayed: 'is on its way but delayed',
    delivered: 'has been delivered',
    problem: 'has a delivery problem reported by the carrier',
    not_shipped: 'has not shipped yet; we are preparing it',
    on_hold: 'has not shipped yet; it is currently on hold',
    partially_shipped: 'has partly shipped',
    cancelled: 'was cancelled',
  },
};

const phrases: Phrases = {
  headline: (name, placedOn, progress) => `Your order ${name}, placed on ${placedOn}, ${progress}.`,
  cancelledOn: (date) => `was cancelled on ${date}`,
  itemsHeading: 'Items:',
  item: (title, variant, quantity) => `${title}${variant ? ` (${variant})` : ''} × ${quantity}`,
  shipmentHeading: (index, shippedOn, state) => `Parcel${index ? ` ${index}` : ''} sent on ${shippedOn}${state ? `: ${state}` : ''}.`,
  carrier: (company) => `Carrier: ${company}`,
  trackingNumber: (number) => `Tracking number: ${number}`,
  trackingLink: (url) => `Track it here: ${url}`,
  estimatedDelivery: (date) => `Estimated delivery: ${date}`,
  estimateLate: (date) => `It was expected by ${date} and is taking longer than planned.`,
  deliveredOn: (date) => `Delivered on ${date}`,
  restNotShipped: 'The rest of your order has not shipped yet.',
  total: (amount) => `Total: ${amount}`,
  payment: (status) => `Payment status: ${status}`,
  refund: (amount, date) => `Refund of ${amount} on ${date}`,
  variant: (title, price, inStock) => `${title ? `${title}: ` : ''}${price}, ${inStock ? 'in stock' : 'out of stock'}`,
  productLink: (url) => `Link: ${url}`,
};

export const en: ReplyTemplates = buildTemplates({
  language: 'en',
  words,
  phrases,
  subjectFallback: 'Your message',
  greeting: (firstName) => (firstName ? `Hi ${firstName},` : 'Hello,'),
  signOff: (signature) => `Best regards,\n${signature}`,
  sentences: {
    thanksForContacting: (storeName) => `Thank you for contacting ${storeName}.`,
    identityMismatch: 'To protect your privacy, we can only share order details with the email address that was used at checkout. Please write to us again from that address, or reply with the email address you used at checkout so that we can verify it.',
    noOrderFound: "We couldn't find an order placed with this email address. Could you reply with your order number? You'll find it in your order confirmation email. If you ordered with a different email address, please let us know which one.",
    whichOrder: {
      list: (orderNames) => `Which order is your message about? We found these recent orders for your email address: ${orderNames.join(', ')}.`,
      reply: "Please reply with the order number and we'll take care of it.",
    },
    order_status: {
      followUp: {
        delivered: "If you haven't received it, please let us know and we'll look into it with the carrier.",
        not_shipped: "We'll let you know as soon as it ships.",
        delivery_issue: 'If you have any questions about the delivery, just reply to this email.',
      },
      severalIntro: 'Here are your most recent orders:',
      severalOutro: 'If your question is about one of them in particular, just reply with its order number.',
    },
    return_or_exchange: {
      intro: (name) => `Thank you for getting in touch about a return or exchange for order ${name}.`,
      notShipped: 'This order has not shipped yet. If you no longer want it, reply and our team can cancel it instead.',
      withRefund: 'Please reply with the items you would like to return. We have passed your refund request on to our team, who will review it and confirm the next steps by email.',
      withoutRefund: 'Please reply with the items you would like to return and whether you would prefer an exchange (tell us the size or colour you need) or a refund. Our team will then send you the return instructions.',
    },
    cancel_order: {
      requested: (name, placedOn) => `We have received your request to cancel order ${name}, placed on ${placedOn}.`,
      requestedNext: 'The order has not shipped yet, so our team is now processing your cancellation request. You will receive a confirmation by email once it has been processed.',
      alreadyShipped: (name) => `Your order ${name} has already shipped, so it can no longer be cancelled.`,
      returnInstead: 'You can still return it: reply to this email and our team will send you the return instructions.',
    },
    change_address: {
      requested: (name) => `Thank you, we have received the new delivery address for order ${name}. The order has not shipped yet, so our team is now processing the address change and will confirm it by email.`,
      checkAddress: 'Please make sure the address in your message is complete (street and number, postcode, city, country).',
      needAddress: (name) => `Order ${name} has not shipped yet, so the delivery address can still be changed. Please reply with the complete new address (name, street and number, postcode, city and country).`,
      alreadyShipped: (name) => `Your order ${name} has already shipped, so we can no longer change its delivery address.`,
      withTracking: 'You can follow the parcel with the tracking details above; some carriers let you redirect it from their tracking page.',
      withoutTracking: 'If you need help, reply to this email and our team will check with the carrier what can be done.',
      alreadyCancelled: 'There is no delivery left to change.',
    },
    refund_status: {
      refunds: (name) => `Here are the refunds for order ${name}:`,
      refundDelay: 'Depending on your bank or card issuer, a refund can take a few business days to appear on your statement.',
      proposed: (name) => `We have not issued a refund for order ${name} yet.`,
      proposedNext: 'We have passed your request on to our team, who will review it and get back to you by email.',
      none: (name) => `There is no refund recorded for order ${name}.`,
      noneNext: 'Our team will look into your question and get back to you.',
    },
    damaged_or_wrong_item: {
      intro: (name) => `We are sorry that something is wrong with your order ${name}.`,
      askPhoto: 'Could you reply with a photo of the item you received (and of the packaging or shipping label, if you still have it)? This helps us sort it out quickly.',
      withRefund: 'We have passed your refund request on to our team, who will review it as soon as we have the photo.',
      withoutRefund: 'As soon as we have the photo, our team will get back to you with a solution.',
    },
    billing_payment: {
      intro: (name, placedOn) => `Here are the payment details for order ${name}, placed on ${placedOn}:`,
      outro: 'If your question is about a specific charge, please reply with the details and our team will check it.',
    },
    product_question: {
      found: 'Thanks for your question! Here is what we found in our shop:',
      foundOutro: 'If you have any other questions, just reply to this email.',
      none: 'Thanks for your question! We could not find a matching product in our shop. Could you send us the product name or a link to it?',
    },
    discount_code: {
      intro: (storeName) => `Thank you for contacting ${storeName} about a discount code.`,
      next: 'Our team will check the code and get back to you shortly. In the meantime, please make sure it was entered at checkout exactly as written, without spaces.',
    },
    other: 'We have received your message and a member of our team will get back to you shortly.',
  },
});
