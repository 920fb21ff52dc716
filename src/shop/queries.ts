// Admin GraphQL documents, one per lookup, asking only for the fields the domain types in
// src/domain/shop.ts need. Every exported string is a complete operation and is validated against
// the real Admin schema (test/shop/queries.schema.test.ts, scripts/validate-graphql.ts). They must
// stay valid on 2025-01 and on the SDK's current stable version, so deprecated-but-present fields
// (Customer.email, orderCancel's `refund`) are used where the newer replacement is missing in 2025-01.
// User input never goes into a document: it travels in variables.

const ORDER_FACTS = /* GraphQL */ `
  fragment OrderFacts on Order {
    id
    legacyResourceId
    name
    email
    createdAt
    processedAt
    cancelledAt
    closed
    displayFinancialStatus
    displayFulfillmentStatus
    totalPriceSet {
      shopMoney {
        amount
        currencyCode
      }
    }
    customer {
      email
      displayName
    }
    lineItems(first: 20) {
      nodes {
        title
        variantTitle
        sku
        quantity
      }
    }
    shippingAddress {
      name
      address1
      address2
      city
      province
      zip
      country
    }
    fulfillments(first: 10) {
      status
      displayStatus
      createdAt
      estimatedDeliveryAt
      deliveredAt
      trackingInfo(first: 5) {
        company
        number
        url
      }
    }
    refunds(first: 10) {
      createdAt
      note
      totalRefundedSet {
        shopMoney {
          amount
          currencyCode
        }
      }
    }
  }
`;

const CUSTOMER_FACTS = /* GraphQL */ `
  fragment CustomerFacts on Customer {
    id
    email
    firstName
    lastName
    numberOfOrders
    amountSpent {
      amount
      currencyCode
    }
    tags
    createdAt
    locale
  }
`;

/** `$query` is a search string built by orderNameSearch() (`name:"#1001"`): a few hits, exact-matched after. */
export const ORDER_BY_NAME = /* GraphQL */ `
  query OrderByName($query: String!) {
    orders(first: 5, query: $query) {
      nodes {
        ...OrderFacts
      }
    }
  }
  ${ORDER_FACTS}
`;

export const RECENT_ORDERS_BY_EMAIL = /* GraphQL */ `
  query RecentOrdersByEmail($query: String!, $first: Int!) {
    orders(first: $first, sortKey: CREATED_AT, reverse: true, query: $query) {
      nodes {
        ...OrderFacts
      }
    }
  }
  ${ORDER_FACTS}
`;

/** customerByIdentifier takes the address as a typed argument: no search syntax to escape. */
export const CUSTOMER_BY_EMAIL = /* GraphQL */ `
  query CustomerByEmail($email: String!) {
    customerByIdentifier(identifier: { emailAddress: $email }) {
      ...CustomerFacts
    }
  }
  ${CUSTOMER_FACTS}
`;

export const SEARCH_PRODUCTS = /* GraphQL */ `
  query SearchProducts($query: String!, $first: Int!) {
    shop {
      currencyCode
    }
    products(first: $first, query: $query) {
      nodes {
        id
        title
        handle
        description(truncateAt: 500)
        productType
        vendor
        tags
        status
        totalInventory
        onlineStoreUrl
        variants(first: 20) {
          nodes {
            id
            title
            sku
            price
            inventoryQuantity
            availableForSale
          }
        }
      }
    }
  }
`;

/** What `deskhand doctor` checks: the token works, which scopes it has, and the shop's identity. */
export const SHOP_DOCTOR = /* GraphQL */ `
  query ShopDoctor {
    shop {
      name
      myshopifyDomain
      currencyCode
    }
    currentAppInstallation {
      accessScopes {
        handle
      }
    }
  }
`;

/**
 * `refund` is required on 2025-01 and deprecated (for `refundMethod`) from 2025-07; a non-null
 * Boolean variable is valid for both the required and the optional argument.
 */
export const ORDER_CANCEL = /* GraphQL */ `
  mutation OrderCancel(
    $orderId: ID!
    $reason: OrderCancelReason!
    $refund: Boolean!
    $restock: Boolean!
    $notifyCustomer: Boolean
    $staffNote: String
  ) {
    orderCancel(
      orderId: $orderId
      reason: $reason
      refund: $refund
      restock: $restock
      notifyCustomer: $notifyCustomer
      staffNote: $staffNote
    ) {
      job {
        id
        done
      }
      orderCancelUserErrors {
        field
        message
        code
      }
    }
  }
`;

/** The transactions Shopify suggests for a full refund: the parent transaction and gateway to refund to. */
export const SUGGESTED_REFUND = /* GraphQL */ `
  query SuggestedRefund($id: ID!) {
    order(id: $id) {
      id
      name
      suggestedRefund(suggestFullRefund: true) {
        amountSet {
          shopMoney {
            amount
            currencyCode
          }
        }
        suggestedTransactions {
          gateway
          parentTransaction {
            id
          }
          amountSet {
            shopMoney {
              amount
              currencyCode
            }
          }
        }
      }
    }
  }
`;

export const REFUND_CREATE = /* GraphQL */ `
  mutation RefundCreate($input: RefundInput!) {
    refundCreate(input: $input) {
      refund {
        id
        totalRefundedSet {
          shopMoney {
            amount
            currencyCode
          }
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`;

export const ORDER_UPDATE_SHIPPING_ADDRESS = /* GraphQL */ `
  mutation OrderUpdateShippingAddress($input: OrderInput!) {
    orderUpdate(input: $input) {
      order {
        id
        shippingAddress {
          name
          address1
          address2
          city
          province
          zip
          country
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`;
