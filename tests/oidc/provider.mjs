// A real OpenID provider for Espace's SSO tests: panva's oidc-provider (OpenID certified),
// with a small sign-in page of its own. Configured by the environment:
//   CLIENTS   JSON array of clients (client_id, client_secret, redirect_uris, …)
//   ACCOUNTS  JSON object: subject → claims (email, email_verified, given_name, family_name, locale),
//             and `hint`: another address that signs in as this account (a person who typed
//             one address at Espace and is someone else at the provider)
//   SKEW_SECONDS  this provider's clock runs ahead (or behind, negative) by that much
//   AUTO_LOGIN=1  the account named by `login_hint` signs in without the page (server tests)
// Prints "issuer <url>" once it listens on 127.0.0.1 (port PORT, or any free one).
import http from 'node:http';
import Provider from 'oidc-provider';

const skew = Number(process.env.SKEW_SECONDS || 0);
if (skew) {
  const realNow = Date.now;
  Date.now = () => realNow() + skew * 1000;
}
const clients = JSON.parse(process.env.CLIENTS || '[]');
const accounts = JSON.parse(process.env.ACCOUNTS || '{}');
const autoLogin = process.env.AUTO_LOGIN === '1';

const escape = (text) =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const subjectOf = (typed) => {
  const email = String(typed).trim().toLowerCase();
  return Object.keys(accounts).find((sub) => [accounts[sub].email, accounts[sub].hint].some((a) => a && a.toLowerCase() === email));
};

const server = http.createServer();
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients,
    pkce: { required: () => true },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'family_name', 'name', 'locale'],
    },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['espace-tests-only'] },
    async findAccount(ctx, sub) {
      if (!accounts[sub]) return undefined;
      const { hint, ...claims } = accounts[sub];
      return { accountId: sub, claims: async () => ({ sub, ...claims }) };
    },
  });

  const page = (res, title, body) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`);
  };

  const readForm = (req) =>
    new Promise((resolve) => {
      let data = '';
      req.on('data', (chunk) => (data += chunk));
      req.on('end', () => resolve(new URLSearchParams(data)));
    });

  const finishLogin = (req, res, accountId) =>
    provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });

  const finishConsent = async (req, res, details) => {
    const { prompt, params, session } = details;
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: details.grantId ? {} : { grantId } }, { mergeWithLastSubmission: true });
  };

  const interaction = async (req, res) => {
    const url = new URL(req.url, issuer);
    const details = await provider.interactionDetails(req, res);
    const uid = escape(details.uid);
    if (req.method === 'POST' && url.pathname.endsWith('/abort')) {
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The person cancelled the sign-in.' },
        { mergeWithLastSubmission: false },
      );
    }
    if (details.prompt.name === 'consent') return finishConsent(req, res, details);
    if (req.method === 'POST') {
      const form = await readForm(req);
      const sub = subjectOf(form.get('email'));
      if (sub) return finishLogin(req, res, sub);
      return page(res, 'Test provider: sign in', `<p role="alert" id="unknown">Unknown account.</p>`);
    }
    const hinted = subjectOf(details.params.login_hint || '');
    if (autoLogin && hinted) return finishLogin(req, res, hinted);
    return page(
      res,
      'Test provider: sign in',
      `<form method="post" action="/interaction/${uid}">
<label for="email">E-mail</label> <input id="email" name="email" type="email" value="${escape(details.params.login_hint)}">
<button id="sign-in" type="submit">Sign in</button>
<button id="cancel" type="submit" formaction="/interaction/${uid}/abort">Cancel</button>
</form>`,
    );
  };

  const callback = provider.callback();
  server.on('request', (req, res) => {
    if (req.url.startsWith('/interaction/')) {
      interaction(req, res).catch((error) => {
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
    } else {
      callback(req, res);
    }
  });
  console.log(`issuer ${issuer}`);
});
