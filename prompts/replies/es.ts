// Spanish reply templates (usted). Every order fact comes from the view model; nothing from the email.
import { buildTemplates } from './buildTemplates.ts';
import type { Phrases, ReplyTemplates, StatusWords } from './types.ts';

const words: StatusWords = {
  financial: {
    paid: 'pagado',
    pending: 'pago pendiente',
    authorized: 'pago autorizado, aún no cobrado',
    partially_paid: 'pagado parcialmente',
    refunded: 'reembolsado',
    partially_refunded: 'reembolsado parcialmente',
    voided: 'pago anulado',
    expired: 'autorización de pago caducada',
    unknown: 'en proceso',
  },
  shipment: {
    label_created: 'embalado, a la espera del transportista',
    shipped: 'enviado',
    in_transit: 'en camino',
    out_for_delivery: 'en reparto',
    ready_for_pickup: 'listo para recoger',
    attempted_delivery: 'intento de entrega sin éxito',
    delayed: 'con retraso en el transporte',
    delivered: 'entregado',
    problem: 'incidencia de entrega comunicada por el transportista',
  },
  progress: {
    label_created: 'está embalado y a punto de entregarse al transportista',
    shipped: 'ya ha sido enviado',
    in_transit: 'está en camino',
    out_for_delivery: 'está en reparto',
    ready_for_pickup: 'está listo para recoger',
    attempted_delivery: 'no se pudo entregar en el primer intento',
    delayed: 'está en camino, pero con retraso',
    delivered: 'ha sido entregado',
    problem: 'tiene una incidencia de entrega comunicada por el transportista',
    not_shipped: 'aún no ha sido enviado; lo estamos preparando',
    on_hold: 'aún no ha sido enviado; ahora mismo está en espera',
    partially_shipped: 'se ha enviado en parte',
    cancelled: 'fue cancelado',
  },
};

const phrases: Phrases = {
  headline: (name, placedOn, progress) => `Su pedido ${name}, realizado el ${placedOn}, ${progress}.`,
  cancelledOn: (date) => `fue cancelado el ${date}`,
  itemsHeading: 'Artículos:',
  item: (title, variant, quantity) => `${title}${variant ? ` (${variant})` : ''} × ${quantity}`,
  shipmentHeading: (index, shippedOn, state) => `Paquete${index ? ` ${index}` : ''} enviado el ${shippedOn}${state ? `: ${state}` : ''}.`,
  carrier: (company) => `Transportista: ${company}`,
  trackingNumber: (number) => `Número de seguimiento: ${number}`,
  trackingLink: (url) => `Seguimiento: ${url}`,
  estimatedDelivery: (date) => `Entrega estimada: ${date}`,
  estimateLate: (date) => `Se esperaba para el ${date} y está tardando más de lo previsto.`,
  deliveredOn: (date) => `Entregado el ${date}`,
  restNotShipped: 'El resto de su pedido aún no ha sido enviado.',
  total: (amount) => `Total: ${amount}`,
  payment: (status) => `Estado del pago: ${status}`,
  refund: (amount, date) => `Reembolso de ${amount} el ${date}`,
  variant: (title, price, inStock) => `${title ? `${title}: ` : ''}${price}, ${inStock ? 'disponible' : 'agotado'}`,
  productLink: (url) => `Enlace: ${url}`,
};

export const es: ReplyTemplates = buildTemplates({
  language: 'es',
  words,
  phrases,
  subjectFallback: 'Su mensaje',
  greeting: (firstName) => (firstName ? `Hola, ${firstName}:` : 'Hola:'),
  signOff: (signature) => `Saludos cordiales,\n${signature}`,
  sentences: {
    thanksForContacting: (storeName) => `Gracias por contactar con ${storeName}.`,
    identityMismatch: 'Para proteger su privacidad, solo compartimos los detalles de un pedido con la dirección de correo electrónico utilizada al comprar. Escríbanos de nuevo desde esa dirección, o responda indicando el correo electrónico que utilizó al comprar para que podamos verificarlo.',
    noOrderFound: 'No hemos encontrado ningún pedido realizado con esta dirección de correo electrónico. ¿Podría responder indicando su número de pedido? Lo encontrará en el correo de confirmación del pedido. Si hizo la compra con otra dirección de correo, indíquenos cuál.',
    whichOrder: {
      list: (orderNames) => `¿A qué pedido se refiere su mensaje? Hemos encontrado estos pedidos recientes para su dirección de correo: ${orderNames.join(', ')}.`,
      reply: 'Responda indicando el número de pedido y nos ocuparemos de ello.',
    },
    order_status: {
      followUp: {
        delivered: 'Si no lo ha recibido, díganoslo y lo revisaremos con el transportista.',
        not_shipped: 'Le avisaremos en cuanto salga.',
        delivery_issue: 'Si tiene alguna pregunta sobre la entrega, responda a este correo.',
      },
      severalIntro: 'Estos son sus pedidos más recientes:',
      severalOutro: 'Si su consulta es sobre uno en concreto, responda indicando su número de pedido.',
    },
    return_or_exchange: {
      intro: (name) => `Gracias por escribirnos sobre una devolución o un cambio del pedido ${name}.`,
      notShipped: 'Este pedido aún no ha salido de nuestro almacén. Si ya no lo quiere, responda y nuestro equipo puede cancelarlo.',
      withRefund: 'Indíquenos los artículos que desea devolver. Hemos trasladado su solicitud de reembolso a nuestro equipo, que la revisará y le confirmará los siguientes pasos por correo electrónico.',
      withoutRefund: 'Indíquenos los artículos que desea devolver y si prefiere un cambio (díganos la talla o el color que necesita) o un reembolso. Nuestro equipo le enviará después las instrucciones de devolución.',
    },
    cancel_order: {
      requested: (name, placedOn) => `Hemos recibido su solicitud de cancelación del pedido ${name}, realizado el ${placedOn}.`,
      requestedNext: 'El pedido aún no ha salido de nuestro almacén, así que nuestro equipo está tramitando ahora su solicitud de cancelación. Recibirá una confirmación por correo electrónico cuando se haya tramitado.',
      alreadyShipped: (name) => `Su pedido ${name} ya ha sido enviado, por lo que ya no se puede cancelar.`,
      returnInstead: 'Aún puede devolverlo: responda a este correo y nuestro equipo le enviará las instrucciones de devolución.',
    },
    change_address: {
      requested: (name) => `Gracias: hemos recibido la nueva dirección de entrega para el pedido ${name}. El pedido aún no ha salido de nuestro almacén, así que nuestro equipo está tramitando el cambio de dirección y se lo confirmará por correo electrónico.`,
      checkAddress: 'Compruebe que la dirección de su mensaje esté completa (calle y número, código postal, ciudad y país).',
      needAddress: (name) => `El pedido ${name} aún no ha salido de nuestro almacén, así que todavía se puede cambiar la dirección de entrega. Responda con la nueva dirección completa (nombre, calle y número, código postal, ciudad y país).`,
      alreadyShipped: (name) => `Su pedido ${name} ya ha sido enviado, por lo que ya no podemos cambiar la dirección de entrega.`,
      withTracking: 'Puede seguir el paquete con los datos de seguimiento indicados; algunos transportistas permiten redirigirlo desde su página de seguimiento.',
      withoutTracking: 'Si necesita ayuda, responda a este correo y nuestro equipo consultará con el transportista qué se puede hacer.',
      alreadyCancelled: 'No queda ninguna entrega que modificar.',
    },
    refund_status: {
      refunds: (name) => `Estos son los reembolsos del pedido ${name}:`,
      refundDelay: 'Según su banco o el emisor de su tarjeta, un reembolso puede tardar unos días hábiles en aparecer en su extracto.',
      proposed: (name) => `Todavía no hemos emitido ningún reembolso para el pedido ${name}.`,
      proposedNext: 'Hemos trasladado su solicitud a nuestro equipo, que la revisará y le responderá por correo electrónico.',
      none: (name) => `No consta ningún reembolso para el pedido ${name}.`,
      noneNext: 'Nuestro equipo revisará su consulta y le responderá.',
    },
    damaged_or_wrong_item: {
      intro: (name) => `Lamentamos que haya un problema con su pedido ${name}.`,
      askPhoto: '¿Podría responder con una foto del artículo recibido (y del embalaje o la etiqueta de envío, si aún los tiene)? Nos ayudará a resolverlo rápidamente.',
      withRefund: 'Hemos trasladado su solicitud de reembolso a nuestro equipo, que la revisará en cuanto tengamos la foto.',
      withoutRefund: 'En cuanto recibamos la foto, nuestro equipo le propondrá una solución.',
    },
    billing_payment: {
      intro: (name, placedOn) => `Estos son los datos de pago del pedido ${name}, realizado el ${placedOn}:`,
      outro: 'Si su consulta es sobre un cargo concreto, responda con los detalles y nuestro equipo lo revisará.',
    },
    product_question: {
      found: '¡Gracias por su pregunta! Esto es lo que hemos encontrado en nuestra tienda:',
      foundOutro: 'Si tiene cualquier otra pregunta, responda a este correo.',
      none: '¡Gracias por su pregunta! No hemos encontrado ningún producto que coincida en nuestra tienda. ¿Podría enviarnos el nombre del producto o un enlace?',
    },
    discount_code: {
      intro: (storeName) => `Gracias por contactar con ${storeName} sobre un código de descuento.`,
      next: 'Nuestro equipo revisará el código y le responderá en breve. Mientras tanto, compruebe que lo introdujo al pagar exactamente como está escrito, sin espacios.',
    },
    other: 'Hemos recibido su mensaje y una persona de nuestro equipo le responderá en breve.',
  },
});
