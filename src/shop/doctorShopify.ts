// `deskhand doctor` for Shopify: is the token accepted, which scopes does the custom app have,
// and which API version does Shopify actually serve. One cheap query.
import { OPTIONAL_SCOPES, REQUIRED_SCOPES } from './appScopes.ts';
import { SHOP_DOCTOR } from './queries.ts';
import { ShopifyApiError, type ShopifyGraphql } from './shopifyClient.ts';

export interface ShopifyDoctorReport {
  ok: boolean;
  shopName: string | null;
  myshopifyDomain: string | null;
  requestedApiVersion: string;
  servedApiVersion: string | null;
  grantedScopes: string[];
  missingScopes: string[];
  /** Human-readable findings, worst first. Never contains the token. */
  problems: string[];
  warnings: string[];
}

// A write scope includes its read scope (write_orders grants read_orders).
const hasScope = (granted: Set<string>, scope: string) => granted.has(scope) || (scope.startsWith('read_') && granted.has(`write_${scope.slice(5)}`));

export async function doctorShopify(gql: ShopifyGraphql): Promise<ShopifyDoctorReport> {
  const report: ShopifyDoctorReport = {
    ok: false,
    shopName: null,
    myshopifyDomain: null,
    requestedApiVersion: gql.apiVersion,
    servedApiVersion: null,
    grantedScopes: [],
    missingScopes: [],
    problems: [],
    warnings: [],
  };
  try {
    const res = await gql.request<{
      shop: { name: string; myshopifyDomain: string; currencyCode: string };
      currentAppInstallation: { accessScopes: { handle: string }[] };
    }>(SHOP_DOCTOR);
    report.shopName = res.data.shop.name;
    report.myshopifyDomain = res.data.shop.myshopifyDomain;
    report.servedApiVersion = res.servedApiVersion;
    report.grantedScopes = res.data.currentAppInstallation.accessScopes.map((s) => s.handle).sort();
  } catch (err) {
    report.problems.push(err instanceof ShopifyApiError ? err.message : `Shopify check failed: ${String(err)}`);
    return report;
  }

  const granted = new Set(report.grantedScopes);
  report.missingScopes = REQUIRED_SCOPES.filter((s) => !hasScope(granted, s));
  if (report.missingScopes.length > 0)
    report.problems.push(`The custom app lacks ${report.missingScopes.join(', ')}. Add them under the app's Admin API scopes and reinstall (see docs/shopify.md).`);
  for (const [scope, consequence] of Object.entries(OPTIONAL_SCOPES))
    if (!hasScope(granted, scope)) report.warnings.push(`No ${scope}: ${consequence}.`);
  if (report.servedApiVersion && report.servedApiVersion !== gql.apiVersion)
    report.warnings.push(`Asked for API version ${gql.apiVersion}, Shopify served ${report.servedApiVersion} (the requested one is not supported).`);
  report.ok = report.problems.length === 0;
  return report;
}
