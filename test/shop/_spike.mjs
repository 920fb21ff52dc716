import '@shopify/shopify-api/adapters/node';
import { setAbstractFetchFunc } from '@shopify/shopify-api/runtime';
setAbstractFetchFunc((...a) => globalThis.fetch(...a));
import { shopifyApi, ApiVersion, LogSeverity } from '@shopify/shopify-api';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
const server = setupServer(http.post('https://demo.myshopify.com/admin/api/:v/graphql.json', async ({ request, params }) => {
  console.log('intercepted', params.v, request.headers.get('x-shopify-access-token'), await request.text());
  return HttpResponse.json({ data: { shop: { name: 'x' } }, extensions: { cost: { requestedQueryCost: 1 } } });
}));
server.listen({ onUnhandledRequest: 'error' });
const logs = [];
const shopify = shopifyApi({ apiSecretKey: 's', adminApiAccessToken: 'shpat_tok', isCustomStoreApp: true, apiVersion: ApiVersion.October26, hostName: 'localhost', isEmbeddedApp: false, logger: { log: (s, m) => logs.push([s, m]), level: LogSeverity.Debug, httpRequests: false } });
const client = new shopify.clients.Graphql({ session: shopify.session.customAppSession('demo.myshopify.com') });
const r = await client.request('query Shop { shop { name } }', { variables: { a: 1 } });
console.log(JSON.stringify(r), logs);
server.close();
