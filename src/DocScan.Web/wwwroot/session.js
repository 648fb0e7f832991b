// Who is signed in: the platform's sign-in in Azure, the page's own form when the host says "local".

import { ApiError, getJson, postJson, reviewPath } from './api.js';
import { announce, byId, clearMessages, showError, showView } from './ui.js';
import { roleLabel } from './labels.js';

const LOCAL = 'local';

let current = null;

/** The signed-in user {name, roles, signOut}, or null after sending the browser to sign in. */
export async function whoAmI() {
  try {
    current = await getJson(reviewPath.me);
    return current;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      // App Service authentication answers 401 itself, without a body, once an Entra session has run out.
      const signIn = error.body ? error.body.signIn : platformSignIn();
      if (signIn && signIn !== LOCAL) {
        announce('正在前往登入頁面…');
        window.location.assign(signIn);
        return null;
      }
      showView('sign-in-view');
      byId('sign-in-name').focus();
      return null;
    }
    throw error;
  }
}

/** The Functions app's platform sign-in, coming back to this page. */
const platformSignIn = () => `/.auth/login/aad?post_login_redirect_uri=${encodeURIComponent(window.location.pathname)}`;

export const hasRole = (role) => Boolean(current?.roles?.includes(role));

export function showUser(user) {
  byId('user-name').textContent = user.name;
  byId('user-roles').textContent = user.roles.map(roleLabel).join('、');
  byId('user-bar').hidden = false;
}

/** Wires the local sign-in form; onSignedIn(user) runs after a successful sign-in. */
export function wireSignIn(onSignedIn) {
  byId('sign-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = byId('sign-in-name').value.trim();
    const password = byId('sign-in-password').value;
    if (!name || !password) {
      showError('請輸入姓名與密碼。');
      return;
    }
    const button = byId('sign-in-submit');
    button.disabled = true;
    try {
      const { body } = await postJson(reviewPath.login, { name, password });
      byId('sign-in-password').value = '';
      current = body;
      clearMessages();
      announce(`${body.name}，您好。`);
      onSignedIn(body);
    } catch (error) {
      byId('sign-in-password').value = '';
      showError(error.message);
      byId('sign-in-password').focus();
    } finally {
      button.disabled = false;
    }
  });

  byId('sign-out').addEventListener('click', async () => {
    const signOut = current?.signOut;
    if (signOut && signOut !== LOCAL) {
      window.location.assign(signOut);
      return;
    }
    try {
      await postJson(reviewPath.logout, {});
    } catch (error) {
      showError(error.message);
      return;
    }
    current = null;
    byId('user-bar').hidden = true;
    window.location.reload();
  });
}
