// French reply templates (vouvoiement). Every order fact comes from the view model; nothing from the email.
import { buildTemplates } from './buildTemplates.ts';
import type { Phrases, ReplyTemplates, StatusWords } from './types.ts';

const words: StatusWords = {
  financial: {
    paid: 'payé',
    pending: 'paiement en attente',
    authorized: 'paiement autorisé, pas encore débité',
    partially_paid: 'partiellement payé',
    refunded: 'remboursé',
    partially_refunded: 'partiellement remboursé',
    voided: 'paiement annulé',
    expired: 'autorisation de paiement expirée',
    unknown: 'en cours de traitement',
  },
  shipment: {
    label_created: 'emballé, en attente du transporteur',
    shipped: 'expédié',
    in_transit: 'en route',
    out_for_delivery: 'en cours de livraison',
    ready_for_pickup: 'prêt à être retiré',
    attempted_delivery: 'tentative de livraison infructueuse',
    delayed: 'retardé pendant le transport',
    delivered: 'livré',
    problem: 'problème de livraison signalé par le transporteur',
  },
  progress: {
    label_created: 'est emballée et sur le point d’être remise au transporteur',
    shipped: 'a été expédiée',
    in_transit: 'est en route',
    out_for_delivery: 'est en cours de livraison',
    ready_for_pickup: 'est prête à être retirée',
    attempted_delivery: 'n’a pas pu être livrée lors de la première tentative',
    delayed: 'est en route, mais avec du retard',
    delivered: 'a été livrée',
    problem: 'fait l’objet d’un problème de livraison signalé par le transporteur',
    not_shipped: 'n’a pas encore été expédiée ; nous la préparons',
    on_hold: 'n’a pas encore été expédiée ; elle est actuellement en attente',
    partially_shipped: 'a été partiellement expédiée',
    cancelled: 'a été annulée',
  },
};

const phrases: Phrases = {
  headline: (name, placedOn, progress) => `Votre commande ${name}, passée le ${placedOn}, ${progress}.`,
  cancelledOn: (date) => `a été annulée le ${date}`,
  itemsHeading: 'Articles :',
  item: (title, variant, quantity) => `${title}${variant ? ` (${variant})` : ''} × ${quantity}`,
  shipmentHeading: (index, shippedOn, state) => `Colis${index ? ` ${index}` : ''} parti le ${shippedOn}${state ? ` : ${state}` : ''}.`,
  carrier: (company) => `Transporteur : ${company}`,
  trackingNumber: (number) => `Numéro de suivi : ${number}`,
  trackingLink: (url) => `Suivi : ${url}`,
  estimatedDelivery: (date) => `Livraison estimée : ${date}`,
  estimateLate: (date) => `Il était attendu pour le ${date} et prend plus de temps que prévu.`,
  deliveredOn: (date) => `Livré le ${date}`,
  restNotShipped: 'Le reste de votre commande n’est pas encore parti.',
  total: (amount) => `Total : ${amount}`,
  payment: (status) => `Paiement : ${status}`,
  refund: (amount, date) => `Remboursement de ${amount} le ${date}`,
  variant: (title, price, inStock) => `${title ? `${title} : ` : ''}${price}, ${inStock ? 'en stock' : 'en rupture de stock'}`,
  productLink: (url) => `Lien : ${url}`,
};

export const fr: ReplyTemplates = buildTemplates({
  language: 'fr',
  words,
  phrases,
  subjectFallback: 'Votre message',
  greeting: (firstName) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,'),
  signOff: (signature) => `Cordialement,\n${signature}`,
  sentences: {
    thanksForContacting: (storeName) => `Merci d’avoir contacté ${storeName}.`,
    identityMismatch: 'Pour protéger vos données, nous ne communiquons les détails d’une commande qu’à l’adresse e-mail utilisée lors de l’achat. Écrivez-nous à nouveau depuis cette adresse, ou répondez en nous indiquant l’adresse e-mail utilisée lors de l’achat afin que nous puissions la vérifier.',
    noOrderFound: 'Nous n’avons trouvé aucune commande passée avec cette adresse e-mail. Pourriez-vous nous répondre en indiquant votre numéro de commande ? Vous le trouverez dans l’e-mail de confirmation de commande. Si vous avez commandé avec une autre adresse e-mail, indiquez-nous laquelle.',
    whichOrder: {
      list: (orderNames) => `De quelle commande s’agit-il ? Nous avons trouvé ces commandes récentes pour votre adresse e-mail : ${orderNames.join(', ')}.`,
      reply: 'Répondez-nous avec le numéro de commande et nous nous en occupons.',
    },
    order_status: {
      followUp: {
        delivered: 'Si vous ne l’avez pas reçue, dites-le-nous et nous vérifierons auprès du transporteur.',
        not_shipped: 'Nous vous préviendrons dès son départ.',
        delivery_issue: 'Pour toute question sur la livraison, répondez simplement à cet e-mail.',
      },
      severalIntro: 'Voici vos commandes les plus récentes :',
      severalOutro: 'Si votre question concerne l’une d’elles en particulier, répondez-nous avec son numéro de commande.',
    },
    return_or_exchange: {
      intro: (name) => `Merci de nous avoir écrit au sujet d’un retour ou d’un échange pour la commande ${name}.`,
      notShipped: 'Cette commande n’est pas encore partie. Si vous n’en voulez plus, répondez-nous et notre équipe pourra l’annuler.',
      withRefund: 'Indiquez-nous les articles que vous souhaitez retourner. Nous avons transmis votre demande de remboursement à notre équipe, qui l’examinera et vous confirmera la marche à suivre par e-mail.',
      withoutRefund: 'Indiquez-nous les articles que vous souhaitez retourner et si vous préférez un échange (précisez la taille ou la couleur souhaitée) ou un remboursement. Notre équipe vous enverra ensuite les instructions de retour.',
    },
    cancel_order: {
      requested: (name, placedOn) => `Nous avons bien reçu votre demande d’annulation de la commande ${name}, passée le ${placedOn}.`,
      requestedNext: 'La commande n’est pas encore partie : notre équipe traite maintenant votre demande d’annulation. Vous recevrez une confirmation par e-mail dès qu’elle aura été traitée.',
      alreadyShipped: (name) => `Votre commande ${name} a déjà été expédiée et ne peut donc plus être annulée.`,
      returnInstead: 'Vous pourrez toutefois nous la retourner : répondez à cet e-mail et notre équipe vous enverra les instructions de retour.',
    },
    change_address: {
      requested: (name) => `Merci, nous avons bien reçu la nouvelle adresse de livraison pour la commande ${name}. La commande n’est pas encore partie : notre équipe traite maintenant le changement d’adresse et vous le confirmera par e-mail.`,
      checkAddress: 'Vérifiez que l’adresse indiquée dans votre message est complète (numéro et rue, code postal, ville, pays).',
      needAddress: (name) => `La commande ${name} n’est pas encore partie, l’adresse de livraison peut donc encore être modifiée. Répondez-nous avec la nouvelle adresse complète (nom, numéro et rue, code postal, ville et pays).`,
      alreadyShipped: (name) => `Votre commande ${name} a déjà été expédiée, nous ne pouvons donc plus modifier son adresse de livraison.`,
      withTracking: 'Vous pouvez suivre le colis grâce aux informations de suivi ci-dessus ; certains transporteurs permettent de le rediriger depuis leur page de suivi.',
      withoutTracking: 'Si vous avez besoin d’aide, répondez à cet e-mail et notre équipe verra avec le transporteur ce qui est possible.',
      alreadyCancelled: 'Il n’y a donc aucune livraison à modifier.',
    },
    refund_status: {
      refunds: (name) => `Voici les remboursements de la commande ${name} :`,
      refundDelay: 'Selon votre banque ou l’émetteur de votre carte, un remboursement peut mettre quelques jours ouvrés à apparaître sur votre relevé.',
      proposed: (name) => `Aucun remboursement n’a encore été effectué pour la commande ${name}.`,
      proposedNext: 'Nous avons transmis votre demande à notre équipe, qui l’examinera et vous répondra par e-mail.',
      none: (name) => `Aucun remboursement n’est enregistré pour la commande ${name}.`,
      noneNext: 'Notre équipe va examiner votre question et vous répondra.',
    },
    damaged_or_wrong_item: {
      intro: (name) => `Nous sommes désolés qu’il y ait un problème avec votre commande ${name}.`,
      askPhoto: 'Pourriez-vous nous répondre avec une photo de l’article reçu (et de l’emballage ou de l’étiquette d’expédition, si vous les avez encore) ? Cela nous aidera à régler le problème rapidement.',
      withRefund: 'Nous avons transmis votre demande de remboursement à notre équipe, qui l’examinera dès réception de la photo.',
      withoutRefund: 'Dès réception de la photo, notre équipe reviendra vers vous avec une solution.',
    },
    billing_payment: {
      intro: (name, placedOn) => `Voici les informations de paiement de la commande ${name}, passée le ${placedOn} :`,
      outro: 'Si votre question porte sur un débit précis, répondez-nous avec les détails et notre équipe vérifiera.',
    },
    product_question: {
      found: 'Merci pour votre question ! Voici ce que nous avons trouvé dans notre boutique :',
      foundOutro: 'Pour toute autre question, répondez simplement à cet e-mail.',
      none: 'Merci pour votre question ! Nous n’avons trouvé aucun produit correspondant dans notre boutique. Pourriez-vous nous envoyer le nom du produit ou un lien ?',
    },
    discount_code: {
      intro: (storeName) => `Merci d’avoir contacté ${storeName} au sujet d’un code de réduction.`,
      next: 'Notre équipe va vérifier le code et vous répondra rapidement. En attendant, vérifiez qu’il a été saisi au moment du paiement exactement comme il est écrit, sans espaces.',
    },
    other: 'Nous avons bien reçu votre message et un membre de notre équipe vous répondra rapidement.',
  },
});
