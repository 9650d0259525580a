// Verifies one webhook call as a receiver would, with the reference Standard Webhooks library.
//   node verify.js CALL.json   CALL.json: { "secret", "format" ("raw" for a plain secret), "now" (unix seconds),
//                                          "headers": { name: value }, "body": "the raw request body" }
// Exit 0 and "verified" when it verifies; exit 1 and the library's error otherwise.
// "now" stands in for the receiver's clock, so the test runs on the application's test clock (the library allows
// a timestamp 5 minutes either side of now).
import { readFileSync } from 'node:fs';
import { Webhook } from 'standardwebhooks';

const call = JSON.parse(readFileSync(process.argv[2], 'utf8'));
Date.now = () => call.now * 1000;
try {
  const wh = new Webhook(call.secret, call.format ? { format: call.format } : undefined);
  // What a receiver writes: the raw body as received, and the request's headers.
  wh.verify(call.body, call.headers);
  console.log('verified');
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
  process.exit(1);
}
