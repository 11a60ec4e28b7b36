// Module hooks that make @aws-sdk/client-s3 impossible to find, as on an install without the optional peer
// dependency: `node --import ./test/relay/no-s3-hooks.mjs …` (registers itself).
import { register } from 'node:module';

export async function resolve(specifier, context, next) {
  if (specifier === '@aws-sdk/client-s3' || specifier.startsWith('@aws-sdk/client-s3/')) {
    throw Object.assign(new Error(`Cannot find package '${specifier}' (hidden by test/relay/no-s3-hooks.mjs)`), { code: 'ERR_MODULE_NOT_FOUND' });
  }
  return next(specifier, context);
}

if (!process.env.NO_S3_HOOKS_REGISTERED) {
  process.env.NO_S3_HOOKS_REGISTERED = '1';
  register(import.meta.url);
}
