#!/usr/bin/env python3
"""Regenerate src/oid_table.rs from OpenSSL 1.1.1's object table.

Run with the reference oracle's virtualenv (tools/reference/setup_reference.sh):
    /tmp/oracle/venv/bin/python crates/certstream-format/tools/gen_oid_table.py > crates/certstream-format/src/oid_table.rs
"""
from OpenSSL._util import ffi, lib

HEADER = '''//! OpenSSL 1.1.1l's object table: every OID it knows, with its short and
//! long name, sorted by the OID's DER content octets for binary search.
//!
//! GENERATED from the reference oracle's OpenSSL (see
//! `tools/gen_oid_table.py` in this crate); do not edit by hand. It is data,
//! not logic: OpenSSL names objects (extension keys, EKU purposes, policy
//! OIDs, name attributes) from this table, so the wire format needs the same
//! one. When two names share an OID, the one OpenSSL's lookup returns is kept.

/// `(DER content octets, short name, long name)`, sorted by the first field.
pub(crate) static OBJECTS: &[(&[u8], &str, &str)] = &[
'''


def encode(dotted):
    arcs = [int(a) for a in dotted.split(".")]
    out = b""
    for v in [arcs[0] * 40 + arcs[1]] + arcs[2:]:
        b = [v & 0x7F]
        v >>= 7
        while v:
            b.append(0x80 | (v & 0x7F))
            v >>= 7
        out += bytes(reversed(b))
    return out


def rows():
    for nid in range(1, 2000):
        sn = lib.OBJ_nid2sn(nid)
        if sn == ffi.NULL:
            lib.ERR_clear_error()
            continue
        sn = ffi.string(sn).decode()
        ln = lib.OBJ_nid2ln(nid)
        ln = ffi.string(ln).decode() if ln != ffi.NULL else sn
        obj = lib.OBJ_txt2obj(sn.encode(), 0)
        if obj == ffi.NULL:
            lib.ERR_clear_error()
            continue
        if lib.OBJ_obj2nid(obj) != nid:
            lib.ASN1_OBJECT_free(obj)
            continue
        buf = ffi.new("char[]", 256)
        n = lib.OBJ_obj2txt(buf, 256, obj, 1)
        lib.ASN1_OBJECT_free(obj)
        if n <= 0:
            lib.ERR_clear_error()
            continue
        dotted = ffi.string(buf).decode()
        # Keep only the name OpenSSL's own lookup returns for this OID.
        check = lib.OBJ_txt2obj(dotted.encode(), 1)
        canonical = lib.OBJ_obj2nid(check)
        lib.ASN1_OBJECT_free(check)
        if canonical == nid:
            yield encode(dotted), dotted, sn, ln


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def main():
    out = [HEADER]
    for der, dotted, sn, ln in sorted(rows()):
        b = "".join("\\x%02x" % c for c in der)
        out.append('    (b"%s", "%s", "%s"), // %s\n' % (b, esc(sn), esc(ln), dotted))
    out.append("];\n")
    print("".join(out), end="")


if __name__ == "__main__":
    main()
