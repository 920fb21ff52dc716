// German reply templates (Sie). Every order fact comes from the view model; nothing from the email.
import { buildTemplates } from './buildTemplates.ts';
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

export const de: ReplyTemplates = buildTemplates({
  language: 'de',
  words,
  phrases,
  subjectFallback: 'Ihre Nachricht',
  greeting: (firstName) => (firstName ? `Hallo ${firstName},` : 'Guten Tag,'),
  signOff: (signature) => `Viele Grüße\n${signature}`,
  sentences: {
    thanksForContacting: (storeName) => `Vielen Dank für Ihre Nachricht an ${storeName}.`,
    identityMismatch: 'Zum Schutz Ihrer Daten geben wir Bestelldetails nur an die E-Mail-Adresse weiter, die beim Kauf angegeben wurde. Bitte schreiben Sie uns erneut von dieser Adresse aus, oder antworten Sie mit der beim Kauf verwendeten E-Mail-Adresse, damit wir sie überprüfen können.',
    noOrderFound: 'Zu dieser E-Mail-Adresse haben wir keine Bestellung gefunden. Könnten Sie uns Ihre Bestellnummer schicken? Sie finden sie in Ihrer Bestellbestätigung per E-Mail. Falls Sie mit einer anderen E-Mail-Adresse bestellt haben, teilen Sie uns bitte mit, mit welcher.',
    whichOrder: {
      list: (orderNames) => `Um welche Bestellung geht es? Zu Ihrer E-Mail-Adresse haben wir diese aktuellen Bestellungen gefunden: ${orderNames.join(', ')}.`,
      reply: 'Bitte antworten Sie mit der Bestellnummer, dann kümmern wir uns darum.',
    },
    order_status: {
      followUp: {
        delivered: 'Falls Sie sie nicht erhalten haben, geben Sie uns bitte Bescheid, dann klären wir das mit dem Versanddienstleister.',
        not_shipped: 'Wir geben Ihnen Bescheid, sobald sie unterwegs ist.',
        delivery_issue: 'Wenn Sie Fragen zur Zustellung haben, antworten Sie einfach auf diese E-Mail.',
      },
      severalIntro: 'Hier sind Ihre letzten Bestellungen:',
      severalOutro: 'Wenn Ihre Frage eine bestimmte Bestellung betrifft, antworten Sie einfach mit der Bestellnummer.',
    },
    return_or_exchange: {
      intro: (name) => `Vielen Dank für Ihre Nachricht zur Rücksendung oder zum Umtausch der Bestellung ${name}.`,
      notShipped: 'Diese Bestellung hat unser Lager noch nicht verlassen. Wenn Sie sie nicht mehr möchten, antworten Sie bitte, dann kann unser Team sie stornieren.',
      withRefund: 'Bitte teilen Sie uns mit, welche Artikel Sie zurücksenden möchten. Ihren Erstattungswunsch haben wir an unser Team weitergegeben; es prüft ihn und bestätigt Ihnen die nächsten Schritte per E-Mail.',
      withoutRefund: 'Bitte teilen Sie uns mit, welche Artikel Sie zurücksenden möchten und ob Sie einen Umtausch (mit der gewünschten Größe oder Farbe) oder eine Erstattung bevorzugen. Unser Team schickt Ihnen dann die Anleitung zur Rücksendung.',
    },
    cancel_order: {
      requested: (name, placedOn) => `Wir haben Ihre Bitte erhalten, die Bestellung ${name} vom ${placedOn} zu stornieren.`,
      requestedNext: 'Die Bestellung hat unser Lager noch nicht verlassen; unser Team bearbeitet Ihre Stornierungsanfrage jetzt. Sie erhalten eine Bestätigung per E-Mail, sobald sie bearbeitet ist.',
      alreadyShipped: (name) => `Ihre Bestellung ${name} wurde bereits versandt und kann daher nicht mehr storniert werden.`,
      returnInstead: 'Sie können sie aber zurücksenden: Antworten Sie auf diese E-Mail, und unser Team schickt Ihnen die Anleitung zur Rücksendung.',
    },
    change_address: {
      requested: (name) => `Danke, wir haben die neue Lieferadresse für die Bestellung ${name} erhalten. Die Bestellung hat unser Lager noch nicht verlassen; unser Team bearbeitet die Adressänderung jetzt und bestätigt sie Ihnen per E-Mail.`,
      checkAddress: 'Bitte prüfen Sie, ob die Adresse in Ihrer Nachricht vollständig ist (Straße und Hausnummer, Postleitzahl, Ort, Land).',
      needAddress: (name) => `Die Bestellung ${name} hat unser Lager noch nicht verlassen, die Lieferadresse kann also noch geändert werden. Bitte antworten Sie mit der vollständigen neuen Adresse (Name, Straße und Hausnummer, Postleitzahl, Ort und Land).`,
      alreadyShipped: (name) => `Ihre Bestellung ${name} wurde bereits versandt, daher können wir die Lieferadresse nicht mehr ändern.`,
      withTracking: 'Sie können das Paket mit den obigen Sendungsdaten verfolgen; bei manchen Versanddienstleistern lässt es sich über deren Sendungsverfolgung umleiten.',
      withoutTracking: 'Wenn Sie Hilfe brauchen, antworten Sie auf diese E-Mail; unser Team klärt dann mit dem Versanddienstleister, was möglich ist.',
      alreadyCancelled: 'Es gibt daher keine Lieferung mehr, die geändert werden könnte.',
    },
    refund_status: {
      refunds: (name) => `Hier sind die Erstattungen zur Bestellung ${name}:`,
      refundDelay: 'Je nach Bank oder Kartenanbieter kann es einige Werktage dauern, bis eine Erstattung auf Ihrem Konto erscheint.',
      proposed: (name) => `Für die Bestellung ${name} wurde noch keine Erstattung veranlasst.`,
      proposedNext: 'Wir haben Ihr Anliegen an unser Team weitergegeben; es prüft es und meldet sich per E-Mail bei Ihnen.',
      none: (name) => `Für die Bestellung ${name} ist keine Erstattung verzeichnet.`,
      noneNext: 'Unser Team prüft Ihre Frage und meldet sich bei Ihnen.',
    },
    damaged_or_wrong_item: {
      intro: (name) => `Es tut uns leid, dass mit Ihrer Bestellung ${name} etwas nicht stimmt.`,
      askPhoto: 'Könnten Sie uns ein Foto des erhaltenen Artikels schicken (und, falls noch vorhanden, der Verpackung oder des Versandetiketts)? So können wir das schnell klären.',
      withRefund: 'Ihren Erstattungswunsch haben wir an unser Team weitergegeben; es prüft ihn, sobald uns das Foto vorliegt.',
      withoutRefund: 'Sobald uns das Foto vorliegt, meldet sich unser Team mit einer Lösung bei Ihnen.',
    },
    billing_payment: {
      intro: (name, placedOn) => `Hier sind die Zahlungsdetails zur Bestellung ${name} vom ${placedOn}:`,
      outro: 'Wenn Ihre Frage eine bestimmte Abbuchung betrifft, antworten Sie bitte mit den Details; unser Team prüft das dann.',
    },
    product_question: {
      found: 'Vielen Dank für Ihre Frage! Das haben wir in unserem Shop gefunden:',
      foundOutro: 'Wenn Sie weitere Fragen haben, antworten Sie einfach auf diese E-Mail.',
      none: 'Vielen Dank für Ihre Frage! Wir haben in unserem Shop kein passendes Produkt gefunden. Könnten Sie uns den Produktnamen oder einen Link schicken?',
    },
    discount_code: {
      intro: (storeName) => `Vielen Dank für Ihre Nachricht an ${storeName} zu einem Rabattcode.`,
      next: 'Unser Team prüft den Code und meldet sich in Kürze bei Ihnen. Bitte prüfen Sie in der Zwischenzeit, ob er an der Kasse genau wie angegeben und ohne Leerzeichen eingegeben wurde.',
    },
    other: 'Wir haben Ihre Nachricht erhalten; jemand aus unserem Team meldet sich in Kürze bei Ihnen.',
  },
});
