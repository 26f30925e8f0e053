/** The SDK, from dist/sdk.mjs when built, else bundled in memory from the repository's source. */
import { bundleSdk } from './build-sdk.mjs';

let loading;
export function loadSdk() {
  loading ??= import('../dist/sdk.mjs').catch(async () => {
    const code = await bundleSdk();
    return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  });
  return loading;
}
