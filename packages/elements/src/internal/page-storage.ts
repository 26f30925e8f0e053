/** The page's localStorage, or undefined where reading it throws (sandboxed iframes, some private modes). */
export function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
