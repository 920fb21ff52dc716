// The structure of every reply, once for all languages: which paragraphs, under which condition,
// with which shared order block. A language supplies only its sentences (types.ts ReplySentences),
// so a fix to a branch cannot drift between translations.
import { followUpKind, hasTracking, headline, itemsBlock, notShipped, orderSummary, paragraphs, paymentBlock, productBlock, refundsBlock, shipmentsBlock } from './compose.ts';
import type { LanguagePack, ReplyTemplates } from './types.ts';

export function buildTemplates(pack: LanguagePack): ReplyTemplates {
  const { sentences: s, ...lang } = pack;
  const v = { words: lang.words, phrases: lang.phrases };

  return {
    ...lang,

    identityMismatch: ({ storeName }) => paragraphs(s.thanksForContacting(storeName), s.identityMismatch),

    noOrderFound: ({ storeName }) => paragraphs(s.thanksForContacting(storeName), s.noOrderFound),

    whichOrder: ({ orderNames }) => paragraphs(s.whichOrder.list(orderNames), s.whichOrder.reply),

    order_status: ({ orders }) => {
      const [only] = orders;
      if (orders.length === 1 && only) {
        const kind = followUpKind(only.progress);
        return paragraphs(orderSummary(v, only), kind && s.order_status.followUp[kind]);
      }
      return paragraphs(s.order_status.severalIntro, ...orders.map((o) => orderSummary(v, o)), s.order_status.severalOutro);
    },

    return_or_exchange: ({ order, refundProposed }) => {
      const t = s.return_or_exchange;
      return paragraphs(t.intro(order.name), itemsBlock(v, order.items), notShipped(order) && t.notShipped, refundProposed ? t.withRefund : t.withoutRefund);
    },

    cancel_order: ({ order, outcome }) => {
      const t = s.cancel_order;
      switch (outcome) {
        case 'requested':
          return paragraphs(t.requested(order.name, order.placedOn), t.requestedNext);
        case 'already_shipped':
          return paragraphs(t.alreadyShipped(order.name), shipmentsBlock(v, order), t.returnInstead);
        case 'already_cancelled':
          return paragraphs(headline(v, order), refundsBlock(v, order.refunds));
      }
    },

    change_address: ({ order, outcome }) => {
      const t = s.change_address;
      switch (outcome) {
        case 'requested':
          return paragraphs(t.requested(order.name), t.checkAddress);
        case 'need_address':
          return paragraphs(t.needAddress(order.name));
        case 'already_shipped':
          return paragraphs(t.alreadyShipped(order.name), shipmentsBlock(v, order), hasTracking(order) ? t.withTracking : t.withoutTracking);
        case 'already_cancelled':
          return paragraphs(headline(v, order), t.alreadyCancelled);
      }
    },

    refund_status: ({ order, refundProposed }) => {
      const t = s.refund_status;
      if (order.refunds.length > 0) return paragraphs(t.refunds(order.name), refundsBlock(v, order.refunds), t.refundDelay);
      if (refundProposed) return paragraphs(t.proposed(order.name), t.proposedNext);
      return paragraphs(t.none(order.name), `${v.phrases.payment(v.words.financial[order.financial])}.`, t.noneNext);
    },

    damaged_or_wrong_item: ({ order, refundProposed }) => {
      const t = s.damaged_or_wrong_item;
      return paragraphs(t.intro(order.name), itemsBlock(v, order.items), t.askPhoto, refundProposed ? t.withRefund : t.withoutRefund);
    },

    billing_payment: ({ order }) =>
      paragraphs(s.billing_payment.intro(order.name, order.placedOn), paymentBlock(v, order), s.billing_payment.outro),

    product_question: ({ products }) => {
      const t = s.product_question;
      return products.length > 0 ? paragraphs(t.found, ...products.map((p) => productBlock(v, p)), t.foundOutro) : paragraphs(t.none);
    },

    discount_code: ({ storeName }) => paragraphs(s.discount_code.intro(storeName), s.discount_code.next),

    other: ({ storeName }) => paragraphs(s.thanksForContacting(storeName), s.other),
  };
}
