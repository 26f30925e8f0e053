/**
 * The SDK, from its package (`@micro-provider-finder/sdk`, its built `dist/`). Loaded on first use,
 * so `mpf --help` and usage errors answer without it.
 */
let loading;
export function loadSdk() {
  loading ??= import('@micro-provider-finder/sdk').catch((error) => {
    loading = undefined;
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && /micro-provider-finder[\\/]+sdk|packages[\\/]+sdk/.test(String(error.message))) {
      throw new Error(
        'mpf needs @micro-provider-finder/sdk, built: in this repository run `npm run build -w @micro-provider-finder/sdk`; elsewhere `npm install @micro-provider-finder/sdk`.',
        { cause: error },
      );
    }
    throw error;
  });
  return loading;
}
