// English reply templates. Every order fact comes from the view model; nothing from the email.
import { followUpKind, hasTracking, headline, itemsBlock, notShipped, orderSummary, paragraphs, paymentBlock, productBlock, refundsBlock, shipmentsBlock } from './compose.ts';
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

const v = { words, phrases };

export const en: ReplyTemplates = {
  language: 'en',
  words,
  phrases,
  subjectFallback: 'Your message',
  greeting: (firstName) => (firstName ? `Hi ${firstName},` : 'Hello,'),
  signOff: (signature) => `Best regards,\n${signature}`,

  identityMismatch: ({ storeName }) =>
    paragraphs(
      `Thank you for contacting ${storeName}.`,
      'To protect your privacy, we can only share order details with the email address that was used at checkout. Please write to us again from that address, or reply with the email address you used at checkout so that we can verify it.',
    ),

  noOrderFound: ({ storeName }) =>
    paragraphs(
      `Thank you for contacting ${storeName}.`,
      "We couldn't find an order placed with this email address. Could you reply with your order number? You'll find it in your order confirmation email. If you ordered with a different email address, please let us know which one.",
    ),

  whichOrder: ({ orderNames }) =>
    paragraphs(
      `Which order is your message about? We found these recent orders for your email address: ${orderNames.join(', ')}.`,
      "Please reply with the order number and we'll take care of it.",
    ),

  order_status: ({ orders }) => {
    const [only] = orders;
    if (orders.length === 1 && only) {
      const followUp = {
        delivered: "If you haven't received it, please let us know and we'll look into it with the carrier.",
        not_shipped: "We'll let you know as soon as it ships.",
        delivery_issue: 'If you have any questions about the delivery, just reply to this email.',
      };
      const kind = followUpKind(only.progress);
      return paragraphs(orderSummary(v, only), kind && followUp[kind]);
    }
    return paragraphs(
      'Here are your most recent orders:',
      ...orders.map((o) => orderSummary(v, o)),
      'If your question is about one of them in particular, just reply with its order number.',
    );
  },

  return_or_exchange: ({ order, refundProposed }) =>
    paragraphs(
      `Thank you for getting in touch about a return or exchange for order ${order.name}.`,
      itemsBlock(v, order.items),
      notShipped(order) && 'This order has not shipped yet. If you no longer want it, reply and our team can cancel it instead.',
      refundProposed
        ? 'Please reply with the items you would like to return. We have passed your refund request on to our team, who will review it and confirm the next steps by email.'
        : 'Please reply with the items you would like to return and whether you would prefer an exchange (tell us the size or colour you need) or a refund. Our team will then send you the return instructions.',
    ),

  cancel_order: ({ order, outcome }) => {
    switch (outcome) {
      case 'requested':
        return paragraphs(
          `We have received your request to cancel order ${order.name}, placed on ${order.placedOn}.`,
          'The order has not shipped yet, so our team is now processing your cancellation request. You will receive a confirmation by email once it has been processed.',
        );
      case 'already_shipped':
        return paragraphs(
          `Your order ${order.name} has already shipped, so it can no longer be cancelled.`,
          shipmentsBlock(v, order),
          'You can still return it: reply to this email and our team will send you the return instructions.',
        );
      case 'already_cancelled':
        return paragraphs(headline(v, order), refundsBlock(v, order.refunds));
    }
  },

  change_address: ({ order, outcome }) => {
    switch (outcome) {
      case 'requested':
        return paragraphs(
          `Thank you, we have received the new delivery address for order ${order.name}. The order has not shipped yet, so our team is now processing the address change and will confirm it by email.`,
          'Please make sure the address in your message is complete (street and number, postcode, city, country).',
        );
      case 'need_address':
        return paragraphs(
          `Order ${order.name} has not shipped yet, so the delivery address can still be changed. Please reply with the complete new address (name, street and number, postcode, city and country).`,
        );
      case 'already_shipped':
        return paragraphs(
          `Your order ${order.name} has already shipped, so we can no longer change its delivery address.`,
          shipmentsBlock(v, order),
          hasTracking(order)
            ? 'You can follow the parcel with the tracking details above; some carriers let you redirect it from their tracking page.'
            : 'If you need help, reply to this email and our team will check with the carrier what can be done.',
        );
      case 'already_cancelled':
        return paragraphs(headline(v, order), 'There is no delivery left to change.');
    }
  },

  refund_status: ({ order, refundProposed }) => {
    if (order.refunds.length > 0) {
      return paragraphs(
        `Here are the refunds for order ${order.name}:`,
        refundsBlock(v, order.refunds),
        'Depending on your bank or card issuer, a refund can take a few business days to appear on your statement.',
      );
    }
    if (refundProposed) {
      return paragraphs(
        `We have not issued a refund for order ${order.name} yet.`,
        'We have passed your request on to our team, who will review it and get back to you by email.',
      );
    }
    return paragraphs(
      `There is no refund recorded for order ${order.name}.`,
      `${phrases.payment(words.financial[order.financial])}.`,
      'Our team will look into your question and get back to you.',
    );
  },

  damaged_or_wrong_item: ({ order, refundProposed }) =>
    paragraphs(
      `We are sorry that something is wrong with your order ${order.name}.`,
      itemsBlock(v, order.items),
      'Could you reply with a photo of the item you received (and of the packaging or shipping label, if you still have it)? This helps us sort it out quickly.',
      refundProposed
        ? 'We have passed your refund request on to our team, who will review it as soon as we have the photo.'
        : 'As soon as we have the photo, our team will get back to you with a solution.',
    ),

  billing_payment: ({ order }) =>
    paragraphs(
      `Here are the payment details for order ${order.name}, placed on ${order.placedOn}:`,
      paymentBlock(v, order),
      'If your question is about a specific charge, please reply with the details and our team will check it.',
    ),

  product_question: ({ products }) =>
    products.length > 0
      ? paragraphs(
          'Thanks for your question! Here is what we found in our shop:',
          ...products.map((p) => productBlock(v, p)),
          'If you have any other questions, just reply to this email.',
        )
      : paragraphs(
          'Thanks for your question! We could not find a matching product in our shop. Could you send us the product name or a link to it?',
        ),

  discount_code: ({ storeName }) =>
    paragraphs(
      `Thank you for contacting ${storeName} about a discount code.`,
      'Our team will check the code and get back to you shortly. In the meantime, please make sure it was entered at checkout exactly as written, without spaces.',
    ),

  other: ({ storeName }) =>
    paragraphs(`Thank you for contacting ${storeName}.`, 'We have received your message and a member of our team will get back to you shortly.'),
};
