"""Regenerate rsa2048-sth.json: a synthetic RSA-signed RFC 6962 STH.

None of the real fixtures is signed by an RSA log key, so this covers the
RSA branch of STH verification. Needs the `cryptography` package; the output
is committed, so tests do not need Python.
"""
import base64, json, struct
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
spki = key.public_key().public_bytes(
    serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
tree_size, timestamp, root = 1234, 1700000000000, bytes(range(32))
# TreeHeadSignature: version v1, signature_type tree_hash, timestamp, size, root.
signed = b"\x00\x01" + struct.pack(">QQ", timestamp, tree_size) + root
sig = key.sign(signed, padding.PKCS1v15(), hashes.SHA256())
# DigitallySigned: sha256 (4), rsa (1), opaque signature<0..2^16-1>.
digitally_signed = bytes([4, 1]) + struct.pack(">H", len(sig)) + sig
b64 = lambda b: base64.b64encode(b).decode()
json.dump({
    "key": b64(spki),
    "sth": {"tree_size": tree_size, "timestamp": timestamp,
            "sha256_root_hash": b64(root), "tree_head_signature": b64(digitally_signed)},
}, open("rsa2048-sth.json", "w"), indent=1)
