// The review API, relative to the page (/api/reviewer/ → /api/review/…). Every call sends the sign-in
// cookie; JSON errors carry a message for the user in {"error": "…"}.

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

const base = new URL('../', document.baseURI);

export const apiUrl = (path) => new URL(path, base).href;

async function send(path, init = {}) {
  let response;
  try {
    response = await fetch(apiUrl(path), { credentials: 'same-origin', cache: 'no-store', ...init });
  } catch {
    throw new ApiError(0, '無法連線到伺服器，請檢查網路後再試一次。');
  }
  return response;
}

// What to say when an answer carries no message of its own (a proxy, the rate limiter).
const FALLBACK = {
  401: '請先登入。',
  403: '您沒有執行此動作的權限。',
  404: '找不到這份文件，可能已被其他審核人員處理。',
  413: '檔案太大，無法上傳。',
  429: '嘗試次數過多，請等一分鐘後再試。',
};

async function errorOf(response, path) {
  if (response.status === 401 && path !== reviewPath.me && path !== reviewPath.login) {
    // The session ran out (or was signed out elsewhere): the page asks to sign in again.
    document.dispatchEvent(new CustomEvent('docscan:unauthenticated'));
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's page): say what happened in general terms.
  }
  const message = body?.error ?? FALLBACK[response.status] ?? (response.status >= 500
    ? `伺服器發生錯誤（${response.status}），請稍後再試；若持續發生，請洽系統管理員。`
    : `伺服器回應錯誤（${response.status}）。`);
  return new ApiError(response.status, message, body);
}

/** GET a JSON answer; throws ApiError with the server's message. */
export async function getJson(path) {
  const response = await send(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw await errorOf(response, path);
  return response.json();
}

/** POST a JSON body; returns {status, body}. */
export async function postJson(path, body) {
  const response = await send(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  if (!response.ok) throw await errorOf(response, path);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** POST a multipart form; returns {status, body}. */
export async function postForm(path, form) {
  const response = await send(path, { method: 'POST', headers: { Accept: 'application/json' }, body: form });
  if (!response.ok) throw await errorOf(response, path);
  return { status: response.status, body: await response.json() };
}

/** GET bytes (a draft to render). */
export async function getBytes(path) {
  const response = await send(path);
  if (!response.ok) throw await errorOf(response, path);
  return new Uint8Array(await response.arrayBuffer());
}

export const reviewPath = {
  me: 'review/me',
  login: 'review/login',
  logout: 'review/logout',
  documents: 'review/documents',
  report: (id) => `review/documents/${encodeURIComponent(id)}`,
  drafts: (id) => `review/documents/${encodeURIComponent(id)}/drafts`,
  draft: (id, name) => `review/documents/${encodeURIComponent(id)}/drafts/${encodeURIComponent(name)}`,
  decision: (id) => `review/documents/${encodeURIComponent(id)}/decision`,
  reveal: (id, n) => `review/documents/${encodeURIComponent(id)}/findings/${n}/reveal`,
  upload: 'documents',
  status: (id) => `documents/${encodeURIComponent(id)}`,
};
