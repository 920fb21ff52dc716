// GET /shopify/install?shop=… and GET /shopify/callback: the Shopify authorization-code install
// (src/shop/accessToken/installFlow.ts), for the owner only. Needs SHOPIFY_SHOP,
// SHOPIFY_CLIENT_ID, SHOPIFY_API_SECRET, DESKHAND_SECRET_KEY and PUBLIC_URL.
import type { Hono } from 'hono';
import type { PipelineDeps } from '../../pipeline/deps.ts';
import { SecretStore } from '../../secrets/secretStore.ts';
import { secretKeyOf } from '../../shop/accessToken/graphqlFromConfig.ts';
import { beginInstall, CALLBACK_PATH, completeInstall, INSTALL_PATH, InstallError, type InstallDeps } from '../../shop/accessToken/installFlow.ts';
import { createShopifyApp } from '../../shop/accessToken/shopifyApp.ts';
import { currentStableApiVersion } from '../../shop/shopifyClient.ts';
import { requireOwner } from '../session.ts';
import type { DeskEnv } from '../env.ts';

function installDeps(deps: PipelineDeps): InstallDeps | string {
  const c = deps.config;
  const missing = (['SHOPIFY_SHOP', 'SHOPIFY_CLIENT_ID', 'SHOPIFY_API_SECRET', 'DESKHAND_SECRET_KEY', 'PUBLIC_URL'] as const).filter((k) => !c[k]);
  if (missing.length) return `The Shopify install needs ${missing.join(', ')} (see docs/setup.md, "Install on any store").`;
  return {
    app: createShopifyApp({ clientId: c.SHOPIFY_CLIENT_ID!, clientSecret: c.SHOPIFY_API_SECRET!, apiVersion: currentStableApiVersion(), publicUrl: c.PUBLIC_URL }),
    db: deps.db,
    secrets: new SecretStore(deps.db, secretKeyOf(c), deps.now),
    now: deps.now,
    shop: c.SHOPIFY_SHOP!,
  };
}

export function registerShopifyInstall(app: Hono<DeskEnv>, deps: PipelineDeps): void {
  const install = installDeps(deps);
  app.use('/shopify/*', requireOwner);

  app.get(INSTALL_PATH, async (c) => {
    if (typeof install === 'string') return c.text(install, 404);
    try {
      const { location, setCookies } = await beginInstall(install, c.req.raw);
      for (const cookie of setCookies) c.header('Set-Cookie', cookie, { append: true });
      return c.redirect(location, 302);
    } catch (err) {
      if (err instanceof InstallError) return c.text(err.message, err.status);
      throw err;
    }
  });

  app.get(CALLBACK_PATH, async (c) => {
    if (typeof install === 'string') return c.text(install, 404);
    try {
      const done = await completeInstall(install, c.req.raw);
      deps.log.info({ shop: done.shop, scopes: done.scopes }, 'Shopify store connected (install)');
      const note = done.missing.length ? ` Missing scopes: ${done.missing.join(', ')}: add them to the app's version in the Dev Dashboard and install again.` : '';
      return c.text(`Connected ${done.shop} with scopes ${done.scopes.join(', ')}.${note} Run \`deskhand doctor\` to check the connection.`, 200);
    } catch (err) {
      if (err instanceof InstallError) {
        deps.log.warn({ reason: err.message }, 'Shopify install callback refused');
        return c.text(err.message, err.status);
      }
      throw err;
    }
  });
}
