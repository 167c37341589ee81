//! OpenSSL 1.1.1's `ASN1_TIME_print` for the times extensions carry
//! (`privateKeyUsagePeriod`, `invalidityDate`, SCT timestamps), and its
//! time-to-epoch conversion for validity dates x509-parser rejects.
//!
//! Hand-written: the output (`Aug 22 16:41:51 2018 GMT`, day padded with a
//! space, fractional seconds kept, `GMT` only for a `Z` time, "Bad time
//! value" otherwise) is OpenSSL's own and no time crate formats it so.

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Broken-down UTC time.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Tm {
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
}

/// `ASN1_GENERALIZEDTIME_print` of a GeneralizedTime's content octets.
pub(crate) fn print_generalized(text: &[u8], out: &mut Vec<u8>) {
    match parse_generalized(text) {
        Some((tm, fraction, gmt)) => {
            let fraction = String::from_utf8_lossy(fraction);
            out.extend_from_slice(
                format!(
                    "{} {:2} {:02}:{:02}:{:02}{} {}{}",
                    MONTHS.get(tm.month as usize - 1).copied().unwrap_or("???"),
                    tm.day,
                    tm.hour,
                    tm.minute,
                    tm.second,
                    fraction,
                    tm.year,
                    if gmt { " GMT" } else { "" }
                )
                .as_bytes(),
            );
        }
        None => out.extend_from_slice(b"Bad time value"),
    }
}

/// An SCT timestamp (ms since the epoch), as `SCT_print` shows it:
/// `Nov 13 01:54:49.579 2014 GMT`. Nothing when out of OpenSSL's range.
pub(crate) fn print_sct_timestamp(ms: u64, out: &mut Vec<u8>) {
    let days = ms / 86_400_000;
    if days > i32::MAX as u64 {
        return;
    }
    let secs = (ms % 86_400_000) / 1000;
    let (year, month, day) = civil_from_days(days as i64);
    if !(0..=9999).contains(&year) {
        return;
    }
    out.extend_from_slice(
        format!(
            "{} {:2} {:02}:{:02}:{:02}.{:03} {} GMT",
            MONTHS.get(month as usize - 1).copied().unwrap_or("???"),
            day,
            secs / 3600,
            secs / 60 % 60,
            secs % 60,
            ms % 1000,
            year
        )
        .as_bytes(),
    );
}

/// A certificate validity time (`tag` 23 UTCTime or 24 GeneralizedTime)
/// as Unix seconds, the way the reference gets it: OpenSSL's
/// `ASN1_TIME_to_generalizedtime`, `None` where that fails (a day the
/// month does not have, a bad digit). UTCTime years 50-99 are 19xx.
pub(crate) fn validity_epoch(tag: u32, content: &[u8]) -> Option<f64> {
    let generalized;
    let text = match tag {
        24 => content,
        23 if !content.contains(&b'.') => {
            let yy = content.get(..2)?;
            let century: &[u8] = if yy < b"50".as_slice() { b"20" } else { b"19" };
            generalized = [century, content].concat();
            &generalized
        }
        _ => return None,
    };
    let (tm, _, _) = parse_generalized(text)?;
    let days = days_from_civil(tm.year, tm.month, tm.day);
    Some((days * 86_400 + i64::from(tm.hour * 3600 + tm.minute * 60 + tm.second)) as f64)
}

/// `YYYYMMDDHHMM[SS][.fff](Z|+hhmm|-hhmm)` -> (UTC time, fraction incl.
/// the dot, ends in Z), following OpenSSL's non-strict `asn1_time_to_tm`.
fn parse_generalized(text: &[u8]) -> Option<(Tm, &[u8], bool)> {
    let num = |range: std::ops::Range<usize>| -> Option<u32> {
        let digits = text.get(range)?;
        digits.iter().try_fold(0u32, |acc, &b| {
            b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
        })
    };
    let year = num(0..4)?;
    let month = num(4..6)?;
    let day = num(6..8)?;
    let hour = num(8..10)?;
    let minute = num(10..12)?;
    let mut pos = 12;
    let mut second = 0;
    if text.get(pos).is_some_and(u8::is_ascii_digit) {
        second = num(pos..pos + 2)?;
        pos += 2;
    }
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(i64::from(year), month)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    let mut fraction: &[u8] = &[];
    if text.get(pos) == Some(&b'.') && pos == 14 {
        let digits = text
            .get(pos + 1..)?
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits == 0 {
            return None;
        }
        fraction = text.get(pos..pos + 1 + digits)?;
        pos += 1 + digits;
    }
    let mut tm = Tm {
        year: i64::from(year),
        month,
        day,
        hour,
        minute,
        second,
    };
    let gmt = match text.get(pos) {
        Some(b'Z') => {
            pos += 1;
            true
        }
        Some(&sign @ (b'+' | b'-')) => {
            let oh = num(pos + 1..pos + 3)?;
            let om = num(pos + 3..pos + 5)?;
            if oh > 12 || om > 59 {
                return None;
            }
            pos += 5;
            let offset = i64::from(oh * 3600 + om * 60);
            tm = shift(tm, if sign == b'+' { -offset } else { offset });
            false
        }
        _ => return None,
    };
    (pos == text.len()).then_some((tm, fraction, gmt))
}

/// `tm` moved by `seconds`.
fn shift(tm: Tm, seconds: i64) -> Tm {
    let days = days_from_civil(tm.year, tm.month, tm.day);
    let total = days * 86_400 + i64::from(tm.hour * 3600 + tm.minute * 60 + tm.second) + seconds;
    let (year, month, day) = civil_from_days(total.div_euclid(86_400));
    let rem = total.rem_euclid(86_400) as u32;
    Tm {
        year,
        month,
        day,
        hour: rem / 3600,
        minute: rem / 60 % 60,
        second: rem % 60,
    }
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gen(s: &str) -> String {
        let mut out = Vec::new();
        print_generalized(s.as_bytes(), &mut out);
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn generalized_time_forms() {
        assert_eq!(gen("20180822164151Z"), "Aug 22 16:41:51 2018 GMT");
        assert_eq!(gen("20180802164151.25Z"), "Aug  2 16:41:51.25 2018 GMT");
        assert_eq!(gen("20180822004151+0100"), "Aug 21 23:41:51 2018");
        assert_eq!(gen("20181322164151Z"), "Bad time value");
    }

    #[test]
    fn sct_timestamps() {
        let mut out = Vec::new();
        print_sct_timestamp(1_415_843_689_579, &mut out);
        assert_eq!(out, b"Nov 13 01:54:49.579 2014 GMT");
    }
}
