import { Layout } from './layout.tsx';

export function LoginPage({ error, email, next }: { error?: string | undefined; email?: string; next?: string }) {
  return (
    <Layout title="Sign in">
      <div class="login">
        <div class="card">
          <h1>
            Sign in to desk<span class="muted">hand</span>
          </h1>
          {error ? <div class="notice bad">{error}</div> : null}
          <form method="post" action="/login">
            <input type="hidden" name="next" value={next ?? '/queue'} />
            <label for="email">Email</label>
            <input id="email" type="email" name="email" value={email ?? ''} autocomplete="username" required autofocus />
            <label for="password">Password</label>
            <input id="password" type="password" name="password" autocomplete="current-password" required />
            <p>
              <button class="btn primary" type="submit">
                Sign in
              </button>
            </p>
          </form>
        </div>
      </div>
    </Layout>
  );
}
