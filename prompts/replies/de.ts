// German reply templates (Sie). Every order fact comes from the view model; nothing from the email.
import { followUpKind, hasTracking, headline, itemsBlock, notShipped, orderSummary, paragraphs, paymentBlock, productBlock, refundsBlock, shipmentsBlock } from './compose.ts';
import type { Phrases, ReplyTemplates, StatusWords } from './types.ts';

const words: StatusWords = {
  financial: {
    paid: 'bezahlt',
    pending: 'Zahlung ausstehend',
    authorized: 'Zahlung autorisiert, noch nicht abgebucht',
    partially_paid: 'teilweise bezahlt',
    refunded: 'erstattet',
    partially_refunded: 'teilweise erstattet',
    voided: 'Zahlung storniert',
    expired: 'Zahlungsautorisierung abgelaufen',
    unknown: 'in Bearbeitung',
  },
  shipment: {
    label_created: 'verpackt, wartet auf den Versanddienstleister',
    shipped: 'versandt',
    in_transit: 'unterwegs',
    out_for_delivery: 'in der Zustellung',
    ready_for_pickup: 'zur Abholung bereit',
    attempted_delivery: 'Zustellversuch erfolglos',
    delayed: 'verzögert',
    delivered: 'zugestellt',
    problem: 'Zustellproblem vom Versanddienstleister gemeldet',
  },
  progress: {
    label_created: 'ist verpackt und wird in Kürze an den Versanddienstleister übergeben',
    shipped: 'wurde versandt',
    in_transit: 'ist unterwegs',
    out_for_delivery: 'ist in der Zustellung',
    ready_for_pickup: 'ist zur Abholung bereit',
    attempted_delivery: 'konnte beim ersten Versuch nicht zugestellt werden',
    delayed: 'ist unterwegs, aber verzögert',
    delivered: 'wurde zugestellt',
    problem: 'hat ein vom Versanddienstleister gemeldetes Zustellproblem',
    not_shipped: 'wurde noch nicht versandt; wir bereiten sie gerade vor',
    on_hold: 'wurde noch nicht versandt; sie ist derzeit zurückgestellt',
    partially_shipped: 'wurde teilweise versandt',
    cancelled: 'wurde storniert',
  },
};

const phrases: Phrases = {
  headline: (name, placedOn, progress) => `Ihre Bestellung ${name} vom ${placedOn} ${progress}.`,
  cancelledOn: (date) => `wurde am ${date} storniert`,
  itemsHeading: 'Artikel:',
  item: (title, variant, quantity) => `${title}${variant ? ` (${variant})` : ''} × ${quantity}`,
  shipmentHeading: (index, shippedOn, state) => `Paket${index ? ` ${index}` : ''}, losgeschickt am ${shippedOn}${state ? `: ${state}` : ''}.`,
  carrier: (company) => `Versanddienstleister: ${company}`,
  trackingNumber: (number) => `Sendungsnummer: ${number}`,
  trackingLink: (url) => `Sendungsverfolgung: ${url}`,
  estimatedDelivery: (date) => `Voraussichtliche Zustellung: ${date}`,
  estimateLate: (date) => `Es wurde bis ${date} erwartet und braucht länger als geplant.`,
  deliveredOn: (date) => `Zugestellt am ${date}`,
  restNotShipped: 'Der Rest Ihrer Bestellung ist noch nicht unterwegs.',
  total: (amount) => `Gesamtbetrag: ${amount}`,
  payment: (status) => `Zahlungsstatus: ${status}`,
  refund: (amount, date) => `Erstattung über ${amount} am ${date}`,
  variant: (title, price, inStock) => `${title ? `${title}: ` : ''}${price}, ${inStock ? 'auf Lager' : 'nicht vorrätig'}`,
  productLink: (url) => `Link: ${url}`,
};

const v = { words, phrases };

export const de: ReplyTemplates = {
  language: 'de',
  words,
  phrases,
  subjectFallback: 'Ihre Nachricht',
  greeting: (firstName) => (firstName ? `Hallo ${firstName},` : 'Guten Tag,'),
  signOff: (signature) => `Viele Grüße\n${signature}`,

  identityMismatch: ({ storeName }) =>
    paragraphs(
      `Vielen Dank für Ihre Nachricht an ${storeName}.`,
      'Zum Schutz Ihrer Daten geben wir Bestelldetails nur an die E-Mail-Adresse weiter, die beim Kauf angegeben wurde. Bitte schreiben Sie uns erneut von dieser Adresse aus, oder antworten Sie mit der beim Kauf verwendeten E-Mail-Adresse, damit wir sie überprüfen können.',
    ),

  noOrderFound: ({ storeName }) =>
    paragraphs(
      `Vielen Dank für Ihre Nachricht an ${storeName}.`,
      'Zu dieser E-Mail-Adresse haben wir keine Bestellung gefunden. Könnten Sie uns Ihre Bestellnummer schicken? Sie finden sie in Ihrer Bestellbestätigung per E-Mail. Falls Sie mit einer anderen E-Mail-Adresse bestellt haben, teilen Sie uns bitte mit, mit welcher.',
    ),

  whichOrder: ({ orderNames }) =>
    paragraphs(
      `Um welche Bestellung geht es? Zu Ihrer E-Mail-Adresse haben wir diese aktuellen Bestellungen gefunden: ${orderNames.join(', ')}.`,
      'Bitte antworten Sie mit der Bestellnummer, dann kümmern wir uns darum.',
    ),

  order_status: ({ orders }) => {
    const [only] = orders;
    if (orders.length === 1 && only) {
      const followUp = {
        delivered: 'Falls Sie sie nicht erhalten haben, geben Sie uns bitte Bescheid, dann klären wir das mit dem Versanddienstleister.',
        not_shipped: 'Wir geben Ihnen Bescheid, sobald sie unterwegs ist.',
        delivery_issue: 'Wenn Sie Fragen zur Zustellung haben, antworten Sie einfach auf diese E-Mail.',
      };
      const kind = followUpKind(only.progress);
      return paragraphs(orderSummary(v, only), kind && followUp[kind]);
    }
    return paragraphs(
      'Hier sind Ihre letzten Bestellungen:',
      ...orders.map((o) => orderSummary(v, o)),
      'Wenn Ihre Frage eine bestimmte Bestellung betrifft, antworten Sie einfach mit der Bestellnummer.',
    );
  },

  return_or_exchange: ({ order, refundProposed }) =>
    paragraphs(
      `Vielen Dank für Ihre Nachricht zur Rücksendung oder zum Umtausch der Bestellung ${order.name}.`,
      itemsBlock(v, order.items),
      notShipped(order) && 'Diese Bestellung hat unser Lager noch nicht verlassen. Wenn Sie sie nicht mehr möchten, antworten Sie bitte, dann kann unser Team sie stornieren.',
      refundProposed
        ? 'Bitte teilen Sie uns mit, welche Artikel Sie zurücksenden möchten. Ihren Erstattungswunsch haben wir an unser Team weitergegeben; es prüft ihn und bestätigt Ihnen die nächsten Schritte per E-Mail.'
        : 'Bitte teilen Sie uns mit, welche Artikel Sie zurücksenden möchten und ob Sie einen Umtausch (mit der gewünschten Größe oder Farbe) oder eine Erstattung bevorzugen. Unser Team schickt Ihnen dann die Anleitung zur Rücksendung.',
    ),

  cancel_order: ({ order, outcome }) => {
    switch (outcome) {
      case 'requested':
        return paragraphs(
          `Wir haben Ihre Bitte erhalten, die Bestellung ${order.name} vom ${order.placedOn} zu stornieren.`,
          'Die Bestellung hat unser Lager noch nicht verlassen; unser Team bearbeitet Ihre Stornierungsanfrage jetzt. Sie erhalten eine Bestätigung per E-Mail, sobald sie bearbeitet ist.',
        );
      case 'already_shipped':
        return paragraphs(
          `Ihre Bestellung ${order.name} wurde bereits versandt und kann daher nicht mehr storniert werden.`,
          shipmentsBlock(v, order),
          'Sie können sie aber zurücksenden: Antworten Sie auf diese E-Mail, und unser Team schickt Ihnen die Anleitung zur Rücksendung.',
        );
      case 'already_cancelled':
        return paragraphs(headline(v, order), refundsBlock(v, order.refunds));
    }
  },

  change_address: ({ order, outcome }) => {
    switch (outcome) {
      case 'requested':
        return paragraphs(
          `Danke, wir haben die neue Lieferadresse für die Bestellung ${order.name} erhalten. Die Bestellung hat unser Lager noch nicht verlassen; unser Team bearbeitet die Adressänderung jetzt und bestätigt sie Ihnen per E-Mail.`,
          'Bitte prüfen Sie, ob die Adresse in Ihrer Nachricht vollständig ist (Straße und Hausnummer, Postleitzahl, Ort, Land).',
        );
      case 'need_address':
        return paragraphs(
          `Die Bestellung ${order.name} hat unser Lager noch nicht verlassen, die Lieferadresse kann also noch geändert werden. Bitte antworten Sie mit der vollständigen neuen Adresse (Name, Straße und Hausnummer, Postleitzahl, Ort und Land).`,
        );
      case 'already_shipped':
        return paragraphs(
          `Ihre Bestellung ${order.name} wurde bereits versandt, daher können wir die Lieferadresse nicht mehr ändern.`,
          shipmentsBlock(v, order),
          hasTracking(order)
            ? 'Sie können das Paket mit den obigen Sendungsdaten verfolgen; bei manchen Versanddienstleistern lässt es sich über deren Sendungsverfolgung umleiten.'
            : 'Wenn Sie Hilfe brauchen, antworten Sie auf diese E-Mail; unser Team klärt dann mit dem Versanddienstleister, was möglich ist.',
        );
      case 'already_cancelled':
        return paragraphs(headline(v, order), 'Es gibt daher keine Lieferung mehr, die geändert werden könnte.');
    }
  },

  refund_status: ({ order, refundProposed }) => {
    if (order.refunds.length > 0) {
      return paragraphs(
        `Hier sind die Erstattungen zur Bestellung ${order.name}:`,
        refundsBlock(v, order.refunds),
        'Je nach Bank oder Kartenanbieter kann es einige Werktage dauern, bis eine Erstattung auf Ihrem Konto erscheint.',
      );
    }
    if (refundProposed) {
      return paragraphs(
        `Für die Bestellung ${order.name} wurde noch keine Erstattung veranlasst.`,
        'Wir haben Ihr Anliegen an unser Team weitergegeben; es prüft es und meldet sich per E-Mail bei Ihnen.',
      );
    }
    return paragraphs(
      `Für die Bestellung ${order.name} ist keine Erstattung verzeichnet.`,
      `${phrases.payment(words.financial[order.financial])}.`,
      'Unser Team prüft Ihre Frage und meldet sich bei Ihnen.',
    );
  },

  damaged_or_wrong_item: ({ order, refundProposed }) =>
    paragraphs(
      `Es tut uns leid, dass mit Ihrer Bestellung ${order.name} etwas nicht stimmt.`,
      itemsBlock(v, order.items),
      'Könnten Sie uns ein Foto des erhaltenen Artikels schicken (und, falls noch vorhanden, der Verpackung oder des Versandetiketts)? So können wir das schnell klären.',
      refundProposed
        ? 'Ihren Erstattungswunsch haben wir an unser Team weitergegeben; es prüft ihn, sobald uns das Foto vorliegt.'
        : 'Sobald uns das Foto vorliegt, meldet sich unser Team mit einer Lösung bei Ihnen.',
    ),

  billing_payment: ({ order }) =>
    paragraphs(
      `Hier sind die Zahlungsdetails zur Bestellung ${order.name} vom ${order.placedOn}:`,
      paymentBlock(v, order),
      'Wenn Ihre Frage eine bestimmte Abbuchung betrifft, antworten Sie bitte mit den Details; unser Team prüft das dann.',
    ),

  product_question: ({ products }) =>
    products.length > 0
      ? paragraphs(
          'Vielen Dank für Ihre Frage! Das haben wir in unserem Shop gefunden:',
          ...products.map((p) => productBlock(v, p)),
          'Wenn Sie weitere Fragen haben, antworten Sie einfach auf diese E-Mail.',
        )
      : paragraphs(
          'Vielen Dank für Ihre Frage! Wir haben in unserem Shop kein passendes Produkt gefunden. Könnten Sie uns den Produktnamen oder einen Link schicken?',
        ),

  discount_code: ({ storeName }) =>
    paragraphs(
      `Vielen Dank für Ihre Nachricht an ${storeName} zu einem Rabattcode.`,
      'Unser Team prüft den Code und meldet sich in Kürze bei Ihnen. Bitte prüfen Sie in der Zwischenzeit, ob er an der Kasse genau wie angegeben und ohne Leerzeichen eingegeben wurde.',
    ),

  other: ({ storeName }) =>
    paragraphs(`Vielen Dank für Ihre Nachricht an ${storeName}.`, 'Wir haben Ihre Nachricht erhalten; jemand aus unserem Team meldet sich in Kürze bei Ihnen.'),
};
