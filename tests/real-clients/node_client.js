// Receive certificate_update messages with the npm `certstream` client.
//
// Usage: node node_client.js WS_URL COUNT
//
// certstream-js 1.1.1 sends no websocket pings of its own, so this also proves
// the server keeps such clients. Prints one JSON line per certificate_update
// and exits 0 once COUNT have arrived; the Rust harness applies the timeout.
const CertStreamClient = require('certstream');

const [url, wantArg] = process.argv.slice(2);
const want = parseInt(wantArg, 10);
let seen = 0;

const client = new CertStreamClient((message) => {
  if (message.message_type !== 'certificate_update') return;
  const data = message.data;
  console.log(JSON.stringify({
    cert_index: data.cert_index,
    update_type: data.update_type,
    source_url: data.source.url,
    all_domains: data.leaf_cert.all_domains,
    subject: data.leaf_cert.subject.aggregated,
  }));
  seen += 1;
  if (seen >= want) process.exit(0);
}, true);

client.connect(url);
