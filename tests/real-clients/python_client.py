"""Receive certificate_update messages with the PyPI `certstream` client.

Usage: python_client.py WS_URL COUNT

Uses certstream-python's own entry point, `listen_for_events`, unchanged, so a
pass means an existing certstream-python user would notice no difference.
Prints one JSON line per received certificate_update (cert_index, source url,
all_domains) and exits 0 once COUNT have arrived. The harness that runs this
(crates/server/tests/real_clients.rs) applies the timeout and checks the lines.
"""

import json
import os
import sys

import certstream

URL = sys.argv[1]
WANT = int(sys.argv[2])
seen = 0


def on_message(message, context):
    global seen
    if message.get("message_type") != "certificate_update":
        return
    data = message["data"]
    # Fields that certstream-python users' callbacks index directly.
    line = {
        "cert_index": data["cert_index"],
        "update_type": data["update_type"],
        "source_url": data["source"]["url"],
        "all_domains": data["leaf_cert"]["all_domains"],
        "subject": data["leaf_cert"]["subject"]["aggregated"],
    }
    print(json.dumps(line), flush=True)
    seen += 1
    if seen >= WANT:
        # listen_for_events reconnects forever by design; leave once satisfied.
        os._exit(0)


certstream.listen_for_events(on_message, url=URL, skip_heartbeats=True)
