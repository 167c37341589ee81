//! `nameConstraints` (`i2r_NAME_CONSTRAINTS`): `Permitted:` and
//! `Excluded:` blocks of `GENERAL_NAME_print` lines, each ending in a
//! newline; IP ranges as `IP:addr/mask`.

use super::general_name::GeneralName;
use crate::der::{self, tag, Tlv};

pub(super) fn print(value: &[u8]) -> Option<Vec<u8>> {
    let seq = der::outer(value)?;
    if !seq.is_universal(tag::SEQUENCE) {
        return None;
    }
    let mut r = seq.children()?;
    let permitted = r.optional(|t| t.is_context(0))?;
    let excluded = r.optional(|t| t.is_context(1))?;
    if !r.is_empty() {
        return None;
    }
    let permitted = match permitted {
        Some(t) => Some(subtrees(&t)?),
        None => None,
    };
    let excluded = match excluded {
        Some(t) => Some(subtrees(&t)?),
        None => None,
    };
    let mut out = Vec::new();
    print_subtrees(permitted.as_deref(), "Permitted", &mut out);
    print_subtrees(excluded.as_deref(), "Excluded", &mut out);
    Some(out)
}

/// GeneralSubtrees ::= SEQUENCE OF SEQUENCE { base, [0] min, [1] max }.
fn subtrees<'a>(list: &Tlv<'a>) -> Option<Vec<GeneralName<'a>>> {
    let mut bases = Vec::new();
    for subtree in list.children()?.all()? {
        if !subtree.is_universal(tag::SEQUENCE) {
            return None;
        }
        let mut r = subtree.children()?;
        bases.push(GeneralName::decode(&r.next()?)?);
        r.optional(|t| t.is_context(0))?;
        r.optional(|t| t.is_context(1))?;
        if !r.is_empty() {
            return None;
        }
    }
    Some(bases)
}

fn print_subtrees(trees: Option<&[GeneralName<'_>]>, label: &str, out: &mut Vec<u8>) {
    let Some(trees) = trees.filter(|t| !t.is_empty()) else {
        return;
    };
    out.extend_from_slice(label.as_bytes());
    out.extend_from_slice(b":\n");
    for base in trees {
        out.extend_from_slice(b"  ");
        match base {
            GeneralName::Ip(ip) => print_ip_range(ip, out),
            other => other.print(out),
        }
        out.push(b'\n');
    }
}

/// `print_nc_ipadd`.
fn print_ip_range(ip: &[u8], out: &mut Vec<u8>) {
    out.extend_from_slice(b"IP:");
    match ip.len() {
        8 => {
            let (addr, mask) = ip.split_at(4);
            let dotted = |b: &[u8]| b.iter().map(u8::to_string).collect::<Vec<_>>().join(".");
            out.extend_from_slice(format!("{}/{}", dotted(addr), dotted(mask)).as_bytes());
        }
        32 => {
            for (i, g) in ip.chunks_exact(2).enumerate() {
                let group = g.iter().fold(0u16, |acc, &b| (acc << 8) | u16::from(b));
                out.extend_from_slice(format!("{group:X}").as_bytes());
                if i == 7 {
                    out.push(b'/');
                } else if i != 15 {
                    out.push(b':');
                }
            }
        }
        _ => out.extend_from_slice(b"IP Address:<invalid>"),
    }
}
