//! OpenSSL 1.1.1l's object table: every OID it knows, with its short and
//! long name, sorted by the OID's DER content octets for binary search.
//!
//! GENERATED from the reference oracle's OpenSSL (see
//! `tools/gen_oid_table.py` in this crate); do not edit by hand. It is data,
//! not logic: OpenSSL names objects (extension keys, EKU purposes, policy
//! OIDs, name attributes) from this table, so the wire format needs the same
//! one. When two names share an OID, the one OpenSSL's lookup returns is kept.

/// `(DER content octets, short name, long name)`, sorted by the first field.
pub(crate) static OBJECTS: &[(&[u8], &str, &str)] = &[
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x01",
        "CAMELLIA-128-ECB",
        "camellia-128-ecb",
    ), // 0.3.4401.5.3.1.9.1
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x03",
        "CAMELLIA-128-OFB",
        "camellia-128-ofb",
    ), // 0.3.4401.5.3.1.9.3
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x04",
        "CAMELLIA-128-CFB",
        "camellia-128-cfb",
    ), // 0.3.4401.5.3.1.9.4
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x06",
        "CAMELLIA-128-GCM",
        "camellia-128-gcm",
    ), // 0.3.4401.5.3.1.9.6
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x07",
        "CAMELLIA-128-CCM",
        "camellia-128-ccm",
    ), // 0.3.4401.5.3.1.9.7
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x09",
        "CAMELLIA-128-CTR",
        "camellia-128-ctr",
    ), // 0.3.4401.5.3.1.9.9
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x0a",
        "CAMELLIA-128-CMAC",
        "camellia-128-cmac",
    ), // 0.3.4401.5.3.1.9.10
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x15",
        "CAMELLIA-192-ECB",
        "camellia-192-ecb",
    ), // 0.3.4401.5.3.1.9.21
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x17",
        "CAMELLIA-192-OFB",
        "camellia-192-ofb",
    ), // 0.3.4401.5.3.1.9.23
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x18",
        "CAMELLIA-192-CFB",
        "camellia-192-cfb",
    ), // 0.3.4401.5.3.1.9.24
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x1a",
        "CAMELLIA-192-GCM",
        "camellia-192-gcm",
    ), // 0.3.4401.5.3.1.9.26
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x1b",
        "CAMELLIA-192-CCM",
        "camellia-192-ccm",
    ), // 0.3.4401.5.3.1.9.27
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x1d",
        "CAMELLIA-192-CTR",
        "camellia-192-ctr",
    ), // 0.3.4401.5.3.1.9.29
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x1e",
        "CAMELLIA-192-CMAC",
        "camellia-192-cmac",
    ), // 0.3.4401.5.3.1.9.30
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x29",
        "CAMELLIA-256-ECB",
        "camellia-256-ecb",
    ), // 0.3.4401.5.3.1.9.41
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x2b",
        "CAMELLIA-256-OFB",
        "camellia-256-ofb",
    ), // 0.3.4401.5.3.1.9.43
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x2c",
        "CAMELLIA-256-CFB",
        "camellia-256-cfb",
    ), // 0.3.4401.5.3.1.9.44
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x2e",
        "CAMELLIA-256-GCM",
        "camellia-256-gcm",
    ), // 0.3.4401.5.3.1.9.46
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x2f",
        "CAMELLIA-256-CCM",
        "camellia-256-ccm",
    ), // 0.3.4401.5.3.1.9.47
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x31",
        "CAMELLIA-256-CTR",
        "camellia-256-ctr",
    ), // 0.3.4401.5.3.1.9.49
    (
        b"\x03\xa2\x31\x05\x03\x01\x09\x32",
        "CAMELLIA-256-CMAC",
        "camellia-256-cmac",
    ), // 0.3.4401.5.3.1.9.50
    (b"\x09", "data", "data"),                               // 0.9
    (b"\x09\x92\x26", "pss", "pss"),                         // 0.9.2342
    (b"\x09\x92\x26\x89\x93\xf2\x2c", "ucl", "ucl"),         // 0.9.2342.19200300
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64", "pilot", "pilot"), // 0.9.2342.19200300.100
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01",
        "pilotAttributeType",
        "pilotAttributeType",
    ), // 0.9.2342.19200300.100.1
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x01", "UID", "userId"), // 0.9.2342.19200300.100.1.1
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x02",
        "textEncodedORAddress",
        "textEncodedORAddress",
    ), // 0.9.2342.19200300.100.1.2
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x03",
        "mail",
        "rfc822Mailbox",
    ), // 0.9.2342.19200300.100.1.3
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x04", "info", "info"), // 0.9.2342.19200300.100.1.4
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x05",
        "favouriteDrink",
        "favouriteDrink",
    ), // 0.9.2342.19200300.100.1.5
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x06",
        "roomNumber",
        "roomNumber",
    ), // 0.9.2342.19200300.100.1.6
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x07",
        "photo",
        "photo",
    ), // 0.9.2342.19200300.100.1.7
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x08",
        "userClass",
        "userClass",
    ), // 0.9.2342.19200300.100.1.8
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x09", "host", "host"), // 0.9.2342.19200300.100.1.9
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x0a",
        "manager",
        "manager",
    ), // 0.9.2342.19200300.100.1.10
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x0b",
        "documentIdentifier",
        "documentIdentifier",
    ), // 0.9.2342.19200300.100.1.11
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x0c",
        "documentTitle",
        "documentTitle",
    ), // 0.9.2342.19200300.100.1.12
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x0d",
        "documentVersion",
        "documentVersion",
    ), // 0.9.2342.19200300.100.1.13
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x0e",
        "documentAuthor",
        "documentAuthor",
    ), // 0.9.2342.19200300.100.1.14
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x0f",
        "documentLocation",
        "documentLocation",
    ), // 0.9.2342.19200300.100.1.15
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x14",
        "homeTelephoneNumber",
        "homeTelephoneNumber",
    ), // 0.9.2342.19200300.100.1.20
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x15",
        "secretary",
        "secretary",
    ), // 0.9.2342.19200300.100.1.21
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x16",
        "otherMailbox",
        "otherMailbox",
    ), // 0.9.2342.19200300.100.1.22
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x17",
        "lastModifiedTime",
        "lastModifiedTime",
    ), // 0.9.2342.19200300.100.1.23
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x18",
        "lastModifiedBy",
        "lastModifiedBy",
    ), // 0.9.2342.19200300.100.1.24
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x19",
        "DC",
        "domainComponent",
    ), // 0.9.2342.19200300.100.1.25
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x1a",
        "aRecord",
        "aRecord",
    ), // 0.9.2342.19200300.100.1.26
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x1b",
        "pilotAttributeType27",
        "pilotAttributeType27",
    ), // 0.9.2342.19200300.100.1.27
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x1c",
        "mXRecord",
        "mXRecord",
    ), // 0.9.2342.19200300.100.1.28
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x1d",
        "nSRecord",
        "nSRecord",
    ), // 0.9.2342.19200300.100.1.29
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x1e",
        "sOARecord",
        "sOARecord",
    ), // 0.9.2342.19200300.100.1.30
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x1f",
        "cNAMERecord",
        "cNAMERecord",
    ), // 0.9.2342.19200300.100.1.31
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x25",
        "associatedDomain",
        "associatedDomain",
    ), // 0.9.2342.19200300.100.1.37
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x26",
        "associatedName",
        "associatedName",
    ), // 0.9.2342.19200300.100.1.38
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x27",
        "homePostalAddress",
        "homePostalAddress",
    ), // 0.9.2342.19200300.100.1.39
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x28",
        "personalTitle",
        "personalTitle",
    ), // 0.9.2342.19200300.100.1.40
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x29",
        "mobileTelephoneNumber",
        "mobileTelephoneNumber",
    ), // 0.9.2342.19200300.100.1.41
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x2a",
        "pagerTelephoneNumber",
        "pagerTelephoneNumber",
    ), // 0.9.2342.19200300.100.1.42
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x2b",
        "friendlyCountryName",
        "friendlyCountryName",
    ), // 0.9.2342.19200300.100.1.43
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x2c",
        "uid",
        "uniqueIdentifier",
    ), // 0.9.2342.19200300.100.1.44
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x2d",
        "organizationalStatus",
        "organizationalStatus",
    ), // 0.9.2342.19200300.100.1.45
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x2e",
        "janetMailbox",
        "janetMailbox",
    ), // 0.9.2342.19200300.100.1.46
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x2f",
        "mailPreferenceOption",
        "mailPreferenceOption",
    ), // 0.9.2342.19200300.100.1.47
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x30",
        "buildingName",
        "buildingName",
    ), // 0.9.2342.19200300.100.1.48
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x31",
        "dSAQuality",
        "dSAQuality",
    ), // 0.9.2342.19200300.100.1.49
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x32",
        "singleLevelQuality",
        "singleLevelQuality",
    ), // 0.9.2342.19200300.100.1.50
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x33",
        "subtreeMinimumQuality",
        "subtreeMinimumQuality",
    ), // 0.9.2342.19200300.100.1.51
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x34",
        "subtreeMaximumQuality",
        "subtreeMaximumQuality",
    ), // 0.9.2342.19200300.100.1.52
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x35",
        "personalSignature",
        "personalSignature",
    ), // 0.9.2342.19200300.100.1.53
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x36",
        "dITRedirect",
        "dITRedirect",
    ), // 0.9.2342.19200300.100.1.54
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x37",
        "audio",
        "audio",
    ), // 0.9.2342.19200300.100.1.55
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x01\x38",
        "documentPublisher",
        "documentPublisher",
    ), // 0.9.2342.19200300.100.1.56
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x03",
        "pilotAttributeSyntax",
        "pilotAttributeSyntax",
    ), // 0.9.2342.19200300.100.3
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x03\x04",
        "iA5StringSyntax",
        "iA5StringSyntax",
    ), // 0.9.2342.19200300.100.3.4
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x03\x05",
        "caseIgnoreIA5StringSyntax",
        "caseIgnoreIA5StringSyntax",
    ), // 0.9.2342.19200300.100.3.5
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04",
        "pilotObjectClass",
        "pilotObjectClass",
    ), // 0.9.2342.19200300.100.4
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x03",
        "pilotObject",
        "pilotObject",
    ), // 0.9.2342.19200300.100.4.3
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x04",
        "pilotPerson",
        "pilotPerson",
    ), // 0.9.2342.19200300.100.4.4
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x05",
        "account",
        "account",
    ), // 0.9.2342.19200300.100.4.5
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x06",
        "document",
        "document",
    ), // 0.9.2342.19200300.100.4.6
    (b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x07", "room", "room"), // 0.9.2342.19200300.100.4.7
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x09",
        "documentSeries",
        "documentSeries",
    ), // 0.9.2342.19200300.100.4.9
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x0d",
        "domain",
        "Domain",
    ), // 0.9.2342.19200300.100.4.13
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x0e",
        "rFC822localPart",
        "rFC822localPart",
    ), // 0.9.2342.19200300.100.4.14
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x0f",
        "dNSDomain",
        "dNSDomain",
    ), // 0.9.2342.19200300.100.4.15
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x11",
        "domainRelatedObject",
        "domainRelatedObject",
    ), // 0.9.2342.19200300.100.4.17
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x12",
        "friendlyCountry",
        "friendlyCountry",
    ), // 0.9.2342.19200300.100.4.18
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x13",
        "simpleSecurityObject",
        "simpleSecurityObject",
    ), // 0.9.2342.19200300.100.4.19
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x14",
        "pilotOrganization",
        "pilotOrganization",
    ), // 0.9.2342.19200300.100.4.20
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x15",
        "pilotDSA",
        "pilotDSA",
    ), // 0.9.2342.19200300.100.4.21
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x04\x16",
        "qualityLabelledData",
        "qualityLabelledData",
    ), // 0.9.2342.19200300.100.4.22
    (
        b"\x09\x92\x26\x89\x93\xf2\x2c\x64\x0a",
        "pilotGroups",
        "pilotGroups",
    ), // 0.9.2342.19200300.100.10
    (b"\x28\xcf\x06\x03\x00\x37", "whirlpool", "whirlpool"), // 1.0.10118.3.0.55
    (b"\x2a", "member-body", "ISO Member Body"),             // 1.2
    (b"\x2a\x81\x1c", "ISO-CN", "ISO CN Member Body"),       // 1.2.156
    (b"\x2a\x81\x1c\xcf\x55", "oscca", "oscca"),             // 1.2.156.10197
    (b"\x2a\x81\x1c\xcf\x55\x01", "sm-scheme", "sm-scheme"), // 1.2.156.10197.1
    (b"\x2a\x81\x1c\xcf\x55\x01\x68\x01", "SM4-ECB", "sm4-ecb"), // 1.2.156.10197.1.104.1
    (b"\x2a\x81\x1c\xcf\x55\x01\x68\x02", "SM4-CBC", "sm4-cbc"), // 1.2.156.10197.1.104.2
    (b"\x2a\x81\x1c\xcf\x55\x01\x68\x03", "SM4-OFB", "sm4-ofb"), // 1.2.156.10197.1.104.3
    (b"\x2a\x81\x1c\xcf\x55\x01\x68\x04", "SM4-CFB", "sm4-cfb"), // 1.2.156.10197.1.104.4
    (b"\x2a\x81\x1c\xcf\x55\x01\x68\x05", "SM4-CFB1", "sm4-cfb1"), // 1.2.156.10197.1.104.5
    (b"\x2a\x81\x1c\xcf\x55\x01\x68\x06", "SM4-CFB8", "sm4-cfb8"), // 1.2.156.10197.1.104.6
    (b"\x2a\x81\x1c\xcf\x55\x01\x68\x07", "SM4-CTR", "sm4-ctr"), // 1.2.156.10197.1.104.7
    (b"\x2a\x81\x1c\xcf\x55\x01\x82\x2d", "SM2", "sm2"),     // 1.2.156.10197.1.301
    (b"\x2a\x81\x1c\xcf\x55\x01\x83\x11", "SM3", "sm3"),     // 1.2.156.10197.1.401
    (
        b"\x2a\x81\x1c\xcf\x55\x01\x83\x78",
        "RSA-SM3",
        "sm3WithRSAEncryption",
    ), // 1.2.156.10197.1.504
    (
        b"\x2a\x83\x08\x8c\x9a\x4b\x3d\x01\x01\x01\x02",
        "CAMELLIA-128-CBC",
        "camellia-128-cbc",
    ), // 1.2.392.200011.61.1.1.1.2
    (
        b"\x2a\x83\x08\x8c\x9a\x4b\x3d\x01\x01\x01\x03",
        "CAMELLIA-192-CBC",
        "camellia-192-cbc",
    ), // 1.2.392.200011.61.1.1.1.3
    (
        b"\x2a\x83\x08\x8c\x9a\x4b\x3d\x01\x01\x01\x04",
        "CAMELLIA-256-CBC",
        "camellia-256-cbc",
    ), // 1.2.392.200011.61.1.1.1.4
    (
        b"\x2a\x83\x08\x8c\x9a\x4b\x3d\x01\x01\x03\x02",
        "id-camellia128-wrap",
        "id-camellia128-wrap",
    ), // 1.2.392.200011.61.1.1.3.2
    (
        b"\x2a\x83\x08\x8c\x9a\x4b\x3d\x01\x01\x03\x03",
        "id-camellia192-wrap",
        "id-camellia192-wrap",
    ), // 1.2.392.200011.61.1.1.3.3
    (
        b"\x2a\x83\x08\x8c\x9a\x4b\x3d\x01\x01\x03\x04",
        "id-camellia256-wrap",
        "id-camellia256-wrap",
    ), // 1.2.392.200011.61.1.1.3.4
    (b"\x2a\x83\x1a\x8c\x9a\x44", "KISA", "kisa"),           // 1.2.410.200004
    (b"\x2a\x83\x1a\x8c\x9a\x44\x01\x03", "SEED-ECB", "seed-ecb"), // 1.2.410.200004.1.3
    (b"\x2a\x83\x1a\x8c\x9a\x44\x01\x04", "SEED-CBC", "seed-cbc"), // 1.2.410.200004.1.4
    (b"\x2a\x83\x1a\x8c\x9a\x44\x01\x05", "SEED-CFB", "seed-cfb"), // 1.2.410.200004.1.5
    (b"\x2a\x83\x1a\x8c\x9a\x44\x01\x06", "SEED-OFB", "seed-ofb"), // 1.2.410.200004.1.6
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x01",
        "ARIA-128-ECB",
        "aria-128-ecb",
    ), // 1.2.410.200046.1.1.1
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x02",
        "ARIA-128-CBC",
        "aria-128-cbc",
    ), // 1.2.410.200046.1.1.2
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x03",
        "ARIA-128-CFB",
        "aria-128-cfb",
    ), // 1.2.410.200046.1.1.3
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x04",
        "ARIA-128-OFB",
        "aria-128-ofb",
    ), // 1.2.410.200046.1.1.4
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x05",
        "ARIA-128-CTR",
        "aria-128-ctr",
    ), // 1.2.410.200046.1.1.5
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x06",
        "ARIA-192-ECB",
        "aria-192-ecb",
    ), // 1.2.410.200046.1.1.6
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x07",
        "ARIA-192-CBC",
        "aria-192-cbc",
    ), // 1.2.410.200046.1.1.7
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x08",
        "ARIA-192-CFB",
        "aria-192-cfb",
    ), // 1.2.410.200046.1.1.8
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x09",
        "ARIA-192-OFB",
        "aria-192-ofb",
    ), // 1.2.410.200046.1.1.9
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x0a",
        "ARIA-192-CTR",
        "aria-192-ctr",
    ), // 1.2.410.200046.1.1.10
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x0b",
        "ARIA-256-ECB",
        "aria-256-ecb",
    ), // 1.2.410.200046.1.1.11
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x0c",
        "ARIA-256-CBC",
        "aria-256-cbc",
    ), // 1.2.410.200046.1.1.12
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x0d",
        "ARIA-256-CFB",
        "aria-256-cfb",
    ), // 1.2.410.200046.1.1.13
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x0e",
        "ARIA-256-OFB",
        "aria-256-ofb",
    ), // 1.2.410.200046.1.1.14
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x0f",
        "ARIA-256-CTR",
        "aria-256-ctr",
    ), // 1.2.410.200046.1.1.15
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x22",
        "ARIA-128-GCM",
        "aria-128-gcm",
    ), // 1.2.410.200046.1.1.34
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x23",
        "ARIA-192-GCM",
        "aria-192-gcm",
    ), // 1.2.410.200046.1.1.35
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x24",
        "ARIA-256-GCM",
        "aria-256-gcm",
    ), // 1.2.410.200046.1.1.36
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x25",
        "ARIA-128-CCM",
        "aria-128-ccm",
    ), // 1.2.410.200046.1.1.37
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x26",
        "ARIA-192-CCM",
        "aria-192-ccm",
    ), // 1.2.410.200046.1.1.38
    (
        b"\x2a\x83\x1a\x8c\x9a\x6e\x01\x01\x27",
        "ARIA-256-CCM",
        "aria-256-ccm",
    ), // 1.2.410.200046.1.1.39
    (b"\x2a\x85\x03\x02\x02", "cryptopro", "cryptopro"),     // 1.2.643.2.2
    (
        b"\x2a\x85\x03\x02\x02\x03",
        "id-GostR3411-94-with-GostR3410-2001",
        "GOST R 34.11-94 with GOST R 34.10-2001",
    ), // 1.2.643.2.2.3
    (
        b"\x2a\x85\x03\x02\x02\x04",
        "id-GostR3411-94-with-GostR3410-94",
        "GOST R 34.11-94 with GOST R 34.10-94",
    ), // 1.2.643.2.2.4
    (b"\x2a\x85\x03\x02\x02\x09", "md_gost94", "GOST R 34.11-94"), // 1.2.643.2.2.9
    (
        b"\x2a\x85\x03\x02\x02\x0a",
        "id-HMACGostR3411-94",
        "HMAC GOST 34.11-94",
    ), // 1.2.643.2.2.10
    (
        b"\x2a\x85\x03\x02\x02\x0e\x00",
        "id-Gost28147-89-None-KeyMeshing",
        "id-Gost28147-89-None-KeyMeshing",
    ), // 1.2.643.2.2.14.0
    (
        b"\x2a\x85\x03\x02\x02\x0e\x01",
        "id-Gost28147-89-CryptoPro-KeyMeshing",
        "id-Gost28147-89-CryptoPro-KeyMeshing",
    ), // 1.2.643.2.2.14.1
    (b"\x2a\x85\x03\x02\x02\x13", "gost2001", "GOST R 34.10-2001"), // 1.2.643.2.2.19
    (b"\x2a\x85\x03\x02\x02\x14", "gost94", "GOST R 34.10-94"), // 1.2.643.2.2.20
    (
        b"\x2a\x85\x03\x02\x02\x14\x01",
        "id-GostR3410-94-a",
        "id-GostR3410-94-a",
    ), // 1.2.643.2.2.20.1
    (
        b"\x2a\x85\x03\x02\x02\x14\x02",
        "id-GostR3410-94-aBis",
        "id-GostR3410-94-aBis",
    ), // 1.2.643.2.2.20.2
    (
        b"\x2a\x85\x03\x02\x02\x14\x03",
        "id-GostR3410-94-b",
        "id-GostR3410-94-b",
    ), // 1.2.643.2.2.20.3
    (
        b"\x2a\x85\x03\x02\x02\x14\x04",
        "id-GostR3410-94-bBis",
        "id-GostR3410-94-bBis",
    ), // 1.2.643.2.2.20.4
    (b"\x2a\x85\x03\x02\x02\x15", "gost89", "GOST 28147-89"), // 1.2.643.2.2.21
    (b"\x2a\x85\x03\x02\x02\x16", "gost-mac", "GOST 28147-89 MAC"), // 1.2.643.2.2.22
    (
        b"\x2a\x85\x03\x02\x02\x17",
        "prf-gostr3411-94",
        "GOST R 34.11-94 PRF",
    ), // 1.2.643.2.2.23
    (
        b"\x2a\x85\x03\x02\x02\x1e\x00",
        "id-GostR3411-94-TestParamSet",
        "id-GostR3411-94-TestParamSet",
    ), // 1.2.643.2.2.30.0
    (
        b"\x2a\x85\x03\x02\x02\x1e\x01",
        "id-GostR3411-94-CryptoProParamSet",
        "id-GostR3411-94-CryptoProParamSet",
    ), // 1.2.643.2.2.30.1
    (
        b"\x2a\x85\x03\x02\x02\x1f\x00",
        "id-Gost28147-89-TestParamSet",
        "id-Gost28147-89-TestParamSet",
    ), // 1.2.643.2.2.31.0
    (
        b"\x2a\x85\x03\x02\x02\x1f\x01",
        "id-Gost28147-89-CryptoPro-A-ParamSet",
        "id-Gost28147-89-CryptoPro-A-ParamSet",
    ), // 1.2.643.2.2.31.1
    (
        b"\x2a\x85\x03\x02\x02\x1f\x02",
        "id-Gost28147-89-CryptoPro-B-ParamSet",
        "id-Gost28147-89-CryptoPro-B-ParamSet",
    ), // 1.2.643.2.2.31.2
    (
        b"\x2a\x85\x03\x02\x02\x1f\x03",
        "id-Gost28147-89-CryptoPro-C-ParamSet",
        "id-Gost28147-89-CryptoPro-C-ParamSet",
    ), // 1.2.643.2.2.31.3
    (
        b"\x2a\x85\x03\x02\x02\x1f\x04",
        "id-Gost28147-89-CryptoPro-D-ParamSet",
        "id-Gost28147-89-CryptoPro-D-ParamSet",
    ), // 1.2.643.2.2.31.4
    (
        b"\x2a\x85\x03\x02\x02\x1f\x05",
        "id-Gost28147-89-CryptoPro-Oscar-1-1-ParamSet",
        "id-Gost28147-89-CryptoPro-Oscar-1-1-ParamSet",
    ), // 1.2.643.2.2.31.5
    (
        b"\x2a\x85\x03\x02\x02\x1f\x06",
        "id-Gost28147-89-CryptoPro-Oscar-1-0-ParamSet",
        "id-Gost28147-89-CryptoPro-Oscar-1-0-ParamSet",
    ), // 1.2.643.2.2.31.6
    (
        b"\x2a\x85\x03\x02\x02\x1f\x07",
        "id-Gost28147-89-CryptoPro-RIC-1-ParamSet",
        "id-Gost28147-89-CryptoPro-RIC-1-ParamSet",
    ), // 1.2.643.2.2.31.7
    (
        b"\x2a\x85\x03\x02\x02\x20\x00",
        "id-GostR3410-94-TestParamSet",
        "id-GostR3410-94-TestParamSet",
    ), // 1.2.643.2.2.32.0
    (
        b"\x2a\x85\x03\x02\x02\x20\x02",
        "id-GostR3410-94-CryptoPro-A-ParamSet",
        "id-GostR3410-94-CryptoPro-A-ParamSet",
    ), // 1.2.643.2.2.32.2
    (
        b"\x2a\x85\x03\x02\x02\x20\x03",
        "id-GostR3410-94-CryptoPro-B-ParamSet",
        "id-GostR3410-94-CryptoPro-B-ParamSet",
    ), // 1.2.643.2.2.32.3
    (
        b"\x2a\x85\x03\x02\x02\x20\x04",
        "id-GostR3410-94-CryptoPro-C-ParamSet",
        "id-GostR3410-94-CryptoPro-C-ParamSet",
    ), // 1.2.643.2.2.32.4
    (
        b"\x2a\x85\x03\x02\x02\x20\x05",
        "id-GostR3410-94-CryptoPro-D-ParamSet",
        "id-GostR3410-94-CryptoPro-D-ParamSet",
    ), // 1.2.643.2.2.32.5
    (
        b"\x2a\x85\x03\x02\x02\x21\x01",
        "id-GostR3410-94-CryptoPro-XchA-ParamSet",
        "id-GostR3410-94-CryptoPro-XchA-ParamSet",
    ), // 1.2.643.2.2.33.1
    (
        b"\x2a\x85\x03\x02\x02\x21\x02",
        "id-GostR3410-94-CryptoPro-XchB-ParamSet",
        "id-GostR3410-94-CryptoPro-XchB-ParamSet",
    ), // 1.2.643.2.2.33.2
    (
        b"\x2a\x85\x03\x02\x02\x21\x03",
        "id-GostR3410-94-CryptoPro-XchC-ParamSet",
        "id-GostR3410-94-CryptoPro-XchC-ParamSet",
    ), // 1.2.643.2.2.33.3
    (
        b"\x2a\x85\x03\x02\x02\x23\x00",
        "id-GostR3410-2001-TestParamSet",
        "id-GostR3410-2001-TestParamSet",
    ), // 1.2.643.2.2.35.0
    (
        b"\x2a\x85\x03\x02\x02\x23\x01",
        "id-GostR3410-2001-CryptoPro-A-ParamSet",
        "id-GostR3410-2001-CryptoPro-A-ParamSet",
    ), // 1.2.643.2.2.35.1
    (
        b"\x2a\x85\x03\x02\x02\x23\x02",
        "id-GostR3410-2001-CryptoPro-B-ParamSet",
        "id-GostR3410-2001-CryptoPro-B-ParamSet",
    ), // 1.2.643.2.2.35.2
    (
        b"\x2a\x85\x03\x02\x02\x23\x03",
        "id-GostR3410-2001-CryptoPro-C-ParamSet",
        "id-GostR3410-2001-CryptoPro-C-ParamSet",
    ), // 1.2.643.2.2.35.3
    (
        b"\x2a\x85\x03\x02\x02\x24\x00",
        "id-GostR3410-2001-CryptoPro-XchA-ParamSet",
        "id-GostR3410-2001-CryptoPro-XchA-ParamSet",
    ), // 1.2.643.2.2.36.0
    (
        b"\x2a\x85\x03\x02\x02\x24\x01",
        "id-GostR3410-2001-CryptoPro-XchB-ParamSet",
        "id-GostR3410-2001-CryptoPro-XchB-ParamSet",
    ), // 1.2.643.2.2.36.1
    (
        b"\x2a\x85\x03\x02\x02\x62",
        "id-GostR3410-2001DH",
        "GOST R 34.10-2001 DH",
    ), // 1.2.643.2.2.98
    (
        b"\x2a\x85\x03\x02\x02\x63",
        "id-GostR3410-94DH",
        "GOST R 34.10-94 DH",
    ), // 1.2.643.2.2.99
    (b"\x2a\x85\x03\x02\x09", "cryptocom", "cryptocom"),     // 1.2.643.2.9
    (
        b"\x2a\x85\x03\x02\x09\x01\x03\x03",
        "id-GostR3411-94-with-GostR3410-94-cc",
        "GOST R 34.11-94 with GOST R 34.10-94 Cryptocom",
    ), // 1.2.643.2.9.1.3.3
    (
        b"\x2a\x85\x03\x02\x09\x01\x03\x04",
        "id-GostR3411-94-with-GostR3410-2001-cc",
        "GOST R 34.11-94 with GOST R 34.10-2001 Cryptocom",
    ), // 1.2.643.2.9.1.3.4
    (
        b"\x2a\x85\x03\x02\x09\x01\x05\x03",
        "gost94cc",
        "GOST 34.10-94 Cryptocom",
    ), // 1.2.643.2.9.1.5.3
    (
        b"\x2a\x85\x03\x02\x09\x01\x05\x04",
        "gost2001cc",
        "GOST 34.10-2001 Cryptocom",
    ), // 1.2.643.2.9.1.5.4
    (
        b"\x2a\x85\x03\x02\x09\x01\x06\x01",
        "id-Gost28147-89-cc",
        "GOST 28147-89 Cryptocom ParamSet",
    ), // 1.2.643.2.9.1.6.1
    (
        b"\x2a\x85\x03\x02\x09\x01\x08\x01",
        "id-GostR3410-2001-ParamSet-cc",
        "GOST R 3410-2001 Parameter Set Cryptocom",
    ), // 1.2.643.2.9.1.8.1
    (b"\x2a\x85\x03\x03\x81\x03\x01\x01", "INN", "INN"),     // 1.2.643.3.131.1.1
    (b"\x2a\x85\x03\x07\x01", "id-tc26", "id-tc26"),         // 1.2.643.7.1
    (
        b"\x2a\x85\x03\x07\x01\x01",
        "id-tc26-algorithms",
        "id-tc26-algorithms",
    ), // 1.2.643.7.1.1
    (
        b"\x2a\x85\x03\x07\x01\x01\x01",
        "id-tc26-sign",
        "id-tc26-sign",
    ), // 1.2.643.7.1.1.1
    (
        b"\x2a\x85\x03\x07\x01\x01\x01\x01",
        "gost2012_256",
        "GOST R 34.10-2012 with 256 bit modulus",
    ), // 1.2.643.7.1.1.1.1
    (
        b"\x2a\x85\x03\x07\x01\x01\x01\x02",
        "gost2012_512",
        "GOST R 34.10-2012 with 512 bit modulus",
    ), // 1.2.643.7.1.1.1.2
    (
        b"\x2a\x85\x03\x07\x01\x01\x02",
        "id-tc26-digest",
        "id-tc26-digest",
    ), // 1.2.643.7.1.1.2
    (
        b"\x2a\x85\x03\x07\x01\x01\x02\x02",
        "md_gost12_256",
        "GOST R 34.11-2012 with 256 bit hash",
    ), // 1.2.643.7.1.1.2.2
    (
        b"\x2a\x85\x03\x07\x01\x01\x02\x03",
        "md_gost12_512",
        "GOST R 34.11-2012 with 512 bit hash",
    ), // 1.2.643.7.1.1.2.3
    (
        b"\x2a\x85\x03\x07\x01\x01\x03",
        "id-tc26-signwithdigest",
        "id-tc26-signwithdigest",
    ), // 1.2.643.7.1.1.3
    (
        b"\x2a\x85\x03\x07\x01\x01\x03\x02",
        "id-tc26-signwithdigest-gost3410-2012-256",
        "GOST R 34.10-2012 with GOST R 34.11-2012 (256 bit)",
    ), // 1.2.643.7.1.1.3.2
    (
        b"\x2a\x85\x03\x07\x01\x01\x03\x03",
        "id-tc26-signwithdigest-gost3410-2012-512",
        "GOST R 34.10-2012 with GOST R 34.11-2012 (512 bit)",
    ), // 1.2.643.7.1.1.3.3
    (
        b"\x2a\x85\x03\x07\x01\x01\x04",
        "id-tc26-mac",
        "id-tc26-mac",
    ), // 1.2.643.7.1.1.4
    (
        b"\x2a\x85\x03\x07\x01\x01\x04\x01",
        "id-tc26-hmac-gost-3411-2012-256",
        "HMAC GOST 34.11-2012 256 bit",
    ), // 1.2.643.7.1.1.4.1
    (
        b"\x2a\x85\x03\x07\x01\x01\x04\x02",
        "id-tc26-hmac-gost-3411-2012-512",
        "HMAC GOST 34.11-2012 512 bit",
    ), // 1.2.643.7.1.1.4.2
    (
        b"\x2a\x85\x03\x07\x01\x01\x05",
        "id-tc26-cipher",
        "id-tc26-cipher",
    ), // 1.2.643.7.1.1.5
    (
        b"\x2a\x85\x03\x07\x01\x01\x05\x01",
        "id-tc26-cipher-gostr3412-2015-magma",
        "id-tc26-cipher-gostr3412-2015-magma",
    ), // 1.2.643.7.1.1.5.1
    (
        b"\x2a\x85\x03\x07\x01\x01\x05\x01\x01",
        "id-tc26-cipher-gostr3412-2015-magma-ctracpkm",
        "id-tc26-cipher-gostr3412-2015-magma-ctracpkm",
    ), // 1.2.643.7.1.1.5.1.1
    (
        b"\x2a\x85\x03\x07\x01\x01\x05\x01\x02",
        "id-tc26-cipher-gostr3412-2015-magma-ctracpkm-omac",
        "id-tc26-cipher-gostr3412-2015-magma-ctracpkm-omac",
    ), // 1.2.643.7.1.1.5.1.2
    (
        b"\x2a\x85\x03\x07\x01\x01\x05\x02",
        "id-tc26-cipher-gostr3412-2015-kuznyechik",
        "id-tc26-cipher-gostr3412-2015-kuznyechik",
    ), // 1.2.643.7.1.1.5.2
    (
        b"\x2a\x85\x03\x07\x01\x01\x05\x02\x01",
        "id-tc26-cipher-gostr3412-2015-kuznyechik-ctracpkm",
        "id-tc26-cipher-gostr3412-2015-kuznyechik-ctracpkm",
    ), // 1.2.643.7.1.1.5.2.1
    (
        b"\x2a\x85\x03\x07\x01\x01\x05\x02\x02",
        "id-tc26-cipher-gostr3412-2015-kuznyechik-ctracpkm-omac",
        "id-tc26-cipher-gostr3412-2015-kuznyechik-ctracpkm-omac",
    ), // 1.2.643.7.1.1.5.2.2
    (
        b"\x2a\x85\x03\x07\x01\x01\x06",
        "id-tc26-agreement",
        "id-tc26-agreement",
    ), // 1.2.643.7.1.1.6
    (
        b"\x2a\x85\x03\x07\x01\x01\x06\x01",
        "id-tc26-agreement-gost-3410-2012-256",
        "id-tc26-agreement-gost-3410-2012-256",
    ), // 1.2.643.7.1.1.6.1
    (
        b"\x2a\x85\x03\x07\x01\x01\x06\x02",
        "id-tc26-agreement-gost-3410-2012-512",
        "id-tc26-agreement-gost-3410-2012-512",
    ), // 1.2.643.7.1.1.6.2
    (
        b"\x2a\x85\x03\x07\x01\x01\x07",
        "id-tc26-wrap",
        "id-tc26-wrap",
    ), // 1.2.643.7.1.1.7
    (
        b"\x2a\x85\x03\x07\x01\x01\x07\x01",
        "id-tc26-wrap-gostr3412-2015-magma",
        "id-tc26-wrap-gostr3412-2015-magma",
    ), // 1.2.643.7.1.1.7.1
    (
        b"\x2a\x85\x03\x07\x01\x01\x07\x01\x01",
        "id-tc26-wrap-gostr3412-2015-magma-kexp15",
        "id-tc26-wrap-gostr3412-2015-magma-kexp15",
    ), // 1.2.643.7.1.1.7.1.1
    (
        b"\x2a\x85\x03\x07\x01\x01\x07\x02",
        "id-tc26-wrap-gostr3412-2015-kuznyechik",
        "id-tc26-wrap-gostr3412-2015-kuznyechik",
    ), // 1.2.643.7.1.1.7.2
    (
        b"\x2a\x85\x03\x07\x01\x01\x07\x02\x01",
        "id-tc26-wrap-gostr3412-2015-kuznyechik-kexp15",
        "id-tc26-wrap-gostr3412-2015-kuznyechik-kexp15",
    ), // 1.2.643.7.1.1.7.2.1
    (
        b"\x2a\x85\x03\x07\x01\x02",
        "id-tc26-constants",
        "id-tc26-constants",
    ), // 1.2.643.7.1.2
    (
        b"\x2a\x85\x03\x07\x01\x02\x01",
        "id-tc26-sign-constants",
        "id-tc26-sign-constants",
    ), // 1.2.643.7.1.2.1
    (
        b"\x2a\x85\x03\x07\x01\x02\x01\x01",
        "id-tc26-gost-3410-2012-256-constants",
        "id-tc26-gost-3410-2012-256-constants",
    ), // 1.2.643.7.1.2.1.1
    (
        b"\x2a\x85\x03\x07\x01\x02\x01\x01\x01",
        "id-tc26-gost-3410-2012-256-paramSetA",
        "GOST R 34.10-2012 (256 bit) ParamSet A",
    ), // 1.2.643.7.1.2.1.1.1
    (
        b"\x2a\x85\x03\x07\x01\x02\x01\x01\x02",
        "id-tc26-gost-3410-2012-256-paramSetB",
        "GOST R 34.10-2012 (256 bit) ParamSet B",
    ), // 1.2.643.7.1.2.1.1.2
    (
        b"\x2a\x85\x03\x07\x01\x02\x01\x01\x03",
        "id-tc26-gost-3410-2012-256-paramSetC",
        "GOST R 34.10-2012 (256 bit) ParamSet C",
    ), // 1.2.643.7.1.2.1.1.3
    (
        b"\x2a\x85\x03\x07\x01\x02\x01\x01\x04",
        "id-tc26-gost-3410-2012-256-paramSetD",
        "GOST R 34.10-2012 (256 bit) ParamSet D",
    ), // 1.2.643.7.1.2.1.1.4
    (
        b"\x2a\x85\x03\x07\x01\x02\x01\x02",
        "id-tc26-gost-3410-2012-512-constants",
        "id-tc26-gost-3410-2012-512-constants",
    ), // 1.2.643.7.1.2.1.2
    (
        b"\x2a\x85\x03\x07\x01\x02\x01\x02\x00",
        "id-tc26-gost-3410-2012-512-paramSetTest",
        "GOST R 34.10-2012 (512 bit) testing parameter set",
    ), // 1.2.643.7.1.2.1.2.0
    (
        b"\x2a\x85\x03\x07\x01\x02\x01\x02\x01",
        "id-tc26-gost-3410-2012-512-paramSetA",
        "GOST R 34.10-2012 (512 bit) ParamSet A",
    ), // 1.2.643.7.1.2.1.2.1
    (
        b"\x2a\x85\x03\x07\x01\x02\x01\x02\x02",
        "id-tc26-gost-3410-2012-512-paramSetB",
        "GOST R 34.10-2012 (512 bit) ParamSet B",
    ), // 1.2.643.7.1.2.1.2.2
    (
        b"\x2a\x85\x03\x07\x01\x02\x01\x02\x03",
        "id-tc26-gost-3410-2012-512-paramSetC",
        "GOST R 34.10-2012 (512 bit) ParamSet C",
    ), // 1.2.643.7.1.2.1.2.3
    (
        b"\x2a\x85\x03\x07\x01\x02\x02",
        "id-tc26-digest-constants",
        "id-tc26-digest-constants",
    ), // 1.2.643.7.1.2.2
    (
        b"\x2a\x85\x03\x07\x01\x02\x05",
        "id-tc26-cipher-constants",
        "id-tc26-cipher-constants",
    ), // 1.2.643.7.1.2.5
    (
        b"\x2a\x85\x03\x07\x01\x02\x05\x01",
        "id-tc26-gost-28147-constants",
        "id-tc26-gost-28147-constants",
    ), // 1.2.643.7.1.2.5.1
    (
        b"\x2a\x85\x03\x07\x01\x02\x05\x01\x01",
        "id-tc26-gost-28147-param-Z",
        "GOST 28147-89 TC26 parameter set",
    ), // 1.2.643.7.1.2.5.1.1
    (b"\x2a\x85\x03\x64\x01", "OGRN", "OGRN"),               // 1.2.643.100.1
    (b"\x2a\x85\x03\x64\x03", "SNILS", "SNILS"),             // 1.2.643.100.3
    (
        b"\x2a\x85\x03\x64\x6f",
        "subjectSignTool",
        "Signing Tool of Subject",
    ), // 1.2.643.100.111
    (
        b"\x2a\x85\x03\x64\x70",
        "issuerSignTool",
        "Signing Tool of Issuer",
    ), // 1.2.643.100.112
    (b"\x2a\x86\x24", "ISO-UA", "ISO-UA"),                   // 1.2.804
    (b"\x2a\x86\x24\x02\x01\x01\x01", "ua-pki", "ua-pki"),   // 1.2.804.2.1.1.1
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x01\x01",
        "dstu28147",
        "DSTU Gost 28147-2009",
    ), // 1.2.804.2.1.1.1.1.1.1
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x01\x01\x02",
        "dstu28147-ofb",
        "DSTU Gost 28147-2009 OFB mode",
    ), // 1.2.804.2.1.1.1.1.1.1.2
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x01\x01\x03",
        "dstu28147-cfb",
        "DSTU Gost 28147-2009 CFB mode",
    ), // 1.2.804.2.1.1.1.1.1.1.3
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x01\x01\x05",
        "dstu28147-wrap",
        "DSTU Gost 28147-2009 key wrap",
    ), // 1.2.804.2.1.1.1.1.1.1.5
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x01\x02",
        "hmacWithDstu34311",
        "HMAC DSTU Gost 34311-95",
    ), // 1.2.804.2.1.1.1.1.1.2
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x02\x01",
        "dstu34311",
        "DSTU Gost 34311-95",
    ), // 1.2.804.2.1.1.1.1.2.1
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01",
        "dstu4145le",
        "DSTU 4145-2002 little endian",
    ), // 1.2.804.2.1.1.1.1.3.1.1
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x01\x01",
        "dstu4145be",
        "DSTU 4145-2002 big endian",
    ), // 1.2.804.2.1.1.1.1.3.1.1.1.1
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x00",
        "uacurve0",
        "DSTU curve 0",
    ), // 1.2.804.2.1.1.1.1.3.1.1.2.0
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x01",
        "uacurve1",
        "DSTU curve 1",
    ), // 1.2.804.2.1.1.1.1.3.1.1.2.1
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x02",
        "uacurve2",
        "DSTU curve 2",
    ), // 1.2.804.2.1.1.1.1.3.1.1.2.2
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x03",
        "uacurve3",
        "DSTU curve 3",
    ), // 1.2.804.2.1.1.1.1.3.1.1.2.3
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x04",
        "uacurve4",
        "DSTU curve 4",
    ), // 1.2.804.2.1.1.1.1.3.1.1.2.4
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x05",
        "uacurve5",
        "DSTU curve 5",
    ), // 1.2.804.2.1.1.1.1.3.1.1.2.5
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x06",
        "uacurve6",
        "DSTU curve 6",
    ), // 1.2.804.2.1.1.1.1.3.1.1.2.6
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x07",
        "uacurve7",
        "DSTU curve 7",
    ), // 1.2.804.2.1.1.1.1.3.1.1.2.7
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x08",
        "uacurve8",
        "DSTU curve 8",
    ), // 1.2.804.2.1.1.1.1.3.1.1.2.8
    (
        b"\x2a\x86\x24\x02\x01\x01\x01\x01\x03\x01\x01\x02\x09",
        "uacurve9",
        "DSTU curve 9",
    ), // 1.2.804.2.1.1.1.1.3.1.1.2.9
    (b"\x2a\x86\x48", "ISO-US", "ISO US Member Body"),       // 1.2.840
    (
        b"\x2a\x86\x48\x86\xf6\x7d\x07\x42\x0a",
        "CAST5-CBC",
        "cast5-cbc",
    ), // 1.2.840.113533.7.66.10
    (
        b"\x2a\x86\x48\x86\xf6\x7d\x07\x42\x0c",
        "pbeWithMD5AndCast5CBC",
        "pbeWithMD5AndCast5CBC",
    ), // 1.2.840.113533.7.66.12
    (
        b"\x2a\x86\x48\x86\xf6\x7d\x07\x42\x0d",
        "id-PasswordBasedMAC",
        "password based MAC",
    ), // 1.2.840.113533.7.66.13
    (
        b"\x2a\x86\x48\x86\xf6\x7d\x07\x42\x1e",
        "id-DHBasedMac",
        "Diffie-Hellman based MAC",
    ), // 1.2.840.113533.7.66.30
    (
        b"\x2a\x86\x48\x86\xf7\x0d",
        "rsadsi",
        "RSA Data Security, Inc.",
    ), // 1.2.840.113549
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01",
        "pkcs",
        "RSA Data Security, Inc. PKCS",
    ), // 1.2.840.113549.1
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01", "pkcs1", "pkcs1"), // 1.2.840.113549.1.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01",
        "rsaEncryption",
        "rsaEncryption",
    ), // 1.2.840.113549.1.1.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x02",
        "RSA-MD2",
        "md2WithRSAEncryption",
    ), // 1.2.840.113549.1.1.2
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x03",
        "RSA-MD4",
        "md4WithRSAEncryption",
    ), // 1.2.840.113549.1.1.3
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x04",
        "RSA-MD5",
        "md5WithRSAEncryption",
    ), // 1.2.840.113549.1.1.4
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x05",
        "RSA-SHA1",
        "sha1WithRSAEncryption",
    ), // 1.2.840.113549.1.1.5
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x06",
        "rsaOAEPEncryptionSET",
        "rsaOAEPEncryptionSET",
    ), // 1.2.840.113549.1.1.6
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x07",
        "RSAES-OAEP",
        "rsaesOaep",
    ), // 1.2.840.113549.1.1.7
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x08", "MGF1", "mgf1"), // 1.2.840.113549.1.1.8
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x09",
        "PSPECIFIED",
        "pSpecified",
    ), // 1.2.840.113549.1.1.9
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0a",
        "RSASSA-PSS",
        "rsassaPss",
    ), // 1.2.840.113549.1.1.10
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0b",
        "RSA-SHA256",
        "sha256WithRSAEncryption",
    ), // 1.2.840.113549.1.1.11
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0c",
        "RSA-SHA384",
        "sha384WithRSAEncryption",
    ), // 1.2.840.113549.1.1.12
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0d",
        "RSA-SHA512",
        "sha512WithRSAEncryption",
    ), // 1.2.840.113549.1.1.13
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0e",
        "RSA-SHA224",
        "sha224WithRSAEncryption",
    ), // 1.2.840.113549.1.1.14
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0f",
        "RSA-SHA512/224",
        "sha512-224WithRSAEncryption",
    ), // 1.2.840.113549.1.1.15
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x01\x10",
        "RSA-SHA512/256",
        "sha512-256WithRSAEncryption",
    ), // 1.2.840.113549.1.1.16
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x03", "pkcs3", "pkcs3"), // 1.2.840.113549.1.3
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x03\x01",
        "dhKeyAgreement",
        "dhKeyAgreement",
    ), // 1.2.840.113549.1.3.1
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05", "pkcs5", "pkcs5"), // 1.2.840.113549.1.5
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x01",
        "PBE-MD2-DES",
        "pbeWithMD2AndDES-CBC",
    ), // 1.2.840.113549.1.5.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x03",
        "PBE-MD5-DES",
        "pbeWithMD5AndDES-CBC",
    ), // 1.2.840.113549.1.5.3
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x04",
        "PBE-MD2-RC2-64",
        "pbeWithMD2AndRC2-CBC",
    ), // 1.2.840.113549.1.5.4
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x06",
        "PBE-MD5-RC2-64",
        "pbeWithMD5AndRC2-CBC",
    ), // 1.2.840.113549.1.5.6
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0a",
        "PBE-SHA1-DES",
        "pbeWithSHA1AndDES-CBC",
    ), // 1.2.840.113549.1.5.10
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0b",
        "PBE-SHA1-RC2-64",
        "pbeWithSHA1AndRC2-CBC",
    ), // 1.2.840.113549.1.5.11
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0c", "PBKDF2", "PBKDF2"), // 1.2.840.113549.1.5.12
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0d", "PBES2", "PBES2"), // 1.2.840.113549.1.5.13
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0e", "PBMAC1", "PBMAC1"), // 1.2.840.113549.1.5.14
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x07", "pkcs7", "pkcs7"), // 1.2.840.113549.1.7
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x07\x01",
        "pkcs7-data",
        "pkcs7-data",
    ), // 1.2.840.113549.1.7.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02",
        "pkcs7-signedData",
        "pkcs7-signedData",
    ), // 1.2.840.113549.1.7.2
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x07\x03",
        "pkcs7-envelopedData",
        "pkcs7-envelopedData",
    ), // 1.2.840.113549.1.7.3
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x07\x04",
        "pkcs7-signedAndEnvelopedData",
        "pkcs7-signedAndEnvelopedData",
    ), // 1.2.840.113549.1.7.4
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x07\x05",
        "pkcs7-digestData",
        "pkcs7-digestData",
    ), // 1.2.840.113549.1.7.5
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x07\x06",
        "pkcs7-encryptedData",
        "pkcs7-encryptedData",
    ), // 1.2.840.113549.1.7.6
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09", "pkcs9", "pkcs9"), // 1.2.840.113549.1.9
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x01",
        "emailAddress",
        "emailAddress",
    ), // 1.2.840.113549.1.9.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x02",
        "unstructuredName",
        "unstructuredName",
    ), // 1.2.840.113549.1.9.2
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x03",
        "contentType",
        "contentType",
    ), // 1.2.840.113549.1.9.3
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x04",
        "messageDigest",
        "messageDigest",
    ), // 1.2.840.113549.1.9.4
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x05",
        "signingTime",
        "signingTime",
    ), // 1.2.840.113549.1.9.5
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x06",
        "countersignature",
        "countersignature",
    ), // 1.2.840.113549.1.9.6
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x07",
        "challengePassword",
        "challengePassword",
    ), // 1.2.840.113549.1.9.7
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x08",
        "unstructuredAddress",
        "unstructuredAddress",
    ), // 1.2.840.113549.1.9.8
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x09",
        "extendedCertificateAttributes",
        "extendedCertificateAttributes",
    ), // 1.2.840.113549.1.9.9
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x0e",
        "extReq",
        "Extension Request",
    ), // 1.2.840.113549.1.9.14
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x0f",
        "SMIME-CAPS",
        "S/MIME Capabilities",
    ), // 1.2.840.113549.1.9.15
    (b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10", "SMIME", "S/MIME"), // 1.2.840.113549.1.9.16
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00",
        "id-smime-mod",
        "id-smime-mod",
    ), // 1.2.840.113549.1.9.16.0
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x01",
        "id-smime-mod-cms",
        "id-smime-mod-cms",
    ), // 1.2.840.113549.1.9.16.0.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x02",
        "id-smime-mod-ess",
        "id-smime-mod-ess",
    ), // 1.2.840.113549.1.9.16.0.2
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x03",
        "id-smime-mod-oid",
        "id-smime-mod-oid",
    ), // 1.2.840.113549.1.9.16.0.3
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x04",
        "id-smime-mod-msg-v3",
        "id-smime-mod-msg-v3",
    ), // 1.2.840.113549.1.9.16.0.4
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x05",
        "id-smime-mod-ets-eSignature-88",
        "id-smime-mod-ets-eSignature-88",
    ), // 1.2.840.113549.1.9.16.0.5
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x06",
        "id-smime-mod-ets-eSignature-97",
        "id-smime-mod-ets-eSignature-97",
    ), // 1.2.840.113549.1.9.16.0.6
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x07",
        "id-smime-mod-ets-eSigPolicy-88",
        "id-smime-mod-ets-eSigPolicy-88",
    ), // 1.2.840.113549.1.9.16.0.7
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x00\x08",
        "id-smime-mod-ets-eSigPolicy-97",
        "id-smime-mod-ets-eSigPolicy-97",
    ), // 1.2.840.113549.1.9.16.0.8
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01",
        "id-smime-ct",
        "id-smime-ct",
    ), // 1.2.840.113549.1.9.16.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x01",
        "id-smime-ct-receipt",
        "id-smime-ct-receipt",
    ), // 1.2.840.113549.1.9.16.1.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x02",
        "id-smime-ct-authData",
        "id-smime-ct-authData",
    ), // 1.2.840.113549.1.9.16.1.2
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x03",
        "id-smime-ct-publishCert",
        "id-smime-ct-publishCert",
    ), // 1.2.840.113549.1.9.16.1.3
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x04",
        "id-smime-ct-TSTInfo",
        "id-smime-ct-TSTInfo",
    ), // 1.2.840.113549.1.9.16.1.4
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x05",
        "id-smime-ct-TDTInfo",
        "id-smime-ct-TDTInfo",
    ), // 1.2.840.113549.1.9.16.1.5
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x06",
        "id-smime-ct-contentInfo",
        "id-smime-ct-contentInfo",
    ), // 1.2.840.113549.1.9.16.1.6
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x07",
        "id-smime-ct-DVCSRequestData",
        "id-smime-ct-DVCSRequestData",
    ), // 1.2.840.113549.1.9.16.1.7
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x08",
        "id-smime-ct-DVCSResponseData",
        "id-smime-ct-DVCSResponseData",
    ), // 1.2.840.113549.1.9.16.1.8
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x09",
        "id-smime-ct-compressedData",
        "id-smime-ct-compressedData",
    ), // 1.2.840.113549.1.9.16.1.9
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x13",
        "id-smime-ct-contentCollection",
        "id-smime-ct-contentCollection",
    ), // 1.2.840.113549.1.9.16.1.19
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x17",
        "id-smime-ct-authEnvelopedData",
        "id-smime-ct-authEnvelopedData",
    ), // 1.2.840.113549.1.9.16.1.23
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x1b",
        "id-ct-asciiTextWithCRLF",
        "id-ct-asciiTextWithCRLF",
    ), // 1.2.840.113549.1.9.16.1.27
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x1c",
        "id-ct-xml",
        "id-ct-xml",
    ), // 1.2.840.113549.1.9.16.1.28
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02",
        "id-smime-aa",
        "id-smime-aa",
    ), // 1.2.840.113549.1.9.16.2
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x01",
        "id-smime-aa-receiptRequest",
        "id-smime-aa-receiptRequest",
    ), // 1.2.840.113549.1.9.16.2.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x02",
        "id-smime-aa-securityLabel",
        "id-smime-aa-securityLabel",
    ), // 1.2.840.113549.1.9.16.2.2
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x03",
        "id-smime-aa-mlExpandHistory",
        "id-smime-aa-mlExpandHistory",
    ), // 1.2.840.113549.1.9.16.2.3
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x04",
        "id-smime-aa-contentHint",
        "id-smime-aa-contentHint",
    ), // 1.2.840.113549.1.9.16.2.4
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x05",
        "id-smime-aa-msgSigDigest",
        "id-smime-aa-msgSigDigest",
    ), // 1.2.840.113549.1.9.16.2.5
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x06",
        "id-smime-aa-encapContentType",
        "id-smime-aa-encapContentType",
    ), // 1.2.840.113549.1.9.16.2.6
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x07",
        "id-smime-aa-contentIdentifier",
        "id-smime-aa-contentIdentifier",
    ), // 1.2.840.113549.1.9.16.2.7
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x08",
        "id-smime-aa-macValue",
        "id-smime-aa-macValue",
    ), // 1.2.840.113549.1.9.16.2.8
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x09",
        "id-smime-aa-equivalentLabels",
        "id-smime-aa-equivalentLabels",
    ), // 1.2.840.113549.1.9.16.2.9
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x0a",
        "id-smime-aa-contentReference",
        "id-smime-aa-contentReference",
    ), // 1.2.840.113549.1.9.16.2.10
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x0b",
        "id-smime-aa-encrypKeyPref",
        "id-smime-aa-encrypKeyPref",
    ), // 1.2.840.113549.1.9.16.2.11
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x0c",
        "id-smime-aa-signingCertificate",
        "id-smime-aa-signingCertificate",
    ), // 1.2.840.113549.1.9.16.2.12
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x0d",
        "id-smime-aa-smimeEncryptCerts",
        "id-smime-aa-smimeEncryptCerts",
    ), // 1.2.840.113549.1.9.16.2.13
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x0e",
        "id-smime-aa-timeStampToken",
        "id-smime-aa-timeStampToken",
    ), // 1.2.840.113549.1.9.16.2.14
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x0f",
        "id-smime-aa-ets-sigPolicyId",
        "id-smime-aa-ets-sigPolicyId",
    ), // 1.2.840.113549.1.9.16.2.15
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x10",
        "id-smime-aa-ets-commitmentType",
        "id-smime-aa-ets-commitmentType",
    ), // 1.2.840.113549.1.9.16.2.16
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x11",
        "id-smime-aa-ets-signerLocation",
        "id-smime-aa-ets-signerLocation",
    ), // 1.2.840.113549.1.9.16.2.17
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x12",
        "id-smime-aa-ets-signerAttr",
        "id-smime-aa-ets-signerAttr",
    ), // 1.2.840.113549.1.9.16.2.18
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x13",
        "id-smime-aa-ets-otherSigCert",
        "id-smime-aa-ets-otherSigCert",
    ), // 1.2.840.113549.1.9.16.2.19
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x14",
        "id-smime-aa-ets-contentTimestamp",
        "id-smime-aa-ets-contentTimestamp",
    ), // 1.2.840.113549.1.9.16.2.20
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x15",
        "id-smime-aa-ets-CertificateRefs",
        "id-smime-aa-ets-CertificateRefs",
    ), // 1.2.840.113549.1.9.16.2.21
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x16",
        "id-smime-aa-ets-RevocationRefs",
        "id-smime-aa-ets-RevocationRefs",
    ), // 1.2.840.113549.1.9.16.2.22
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x17",
        "id-smime-aa-ets-certValues",
        "id-smime-aa-ets-certValues",
    ), // 1.2.840.113549.1.9.16.2.23
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x18",
        "id-smime-aa-ets-revocationValues",
        "id-smime-aa-ets-revocationValues",
    ), // 1.2.840.113549.1.9.16.2.24
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x19",
        "id-smime-aa-ets-escTimeStamp",
        "id-smime-aa-ets-escTimeStamp",
    ), // 1.2.840.113549.1.9.16.2.25
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x1a",
        "id-smime-aa-ets-certCRLTimestamp",
        "id-smime-aa-ets-certCRLTimestamp",
    ), // 1.2.840.113549.1.9.16.2.26
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x1b",
        "id-smime-aa-ets-archiveTimeStamp",
        "id-smime-aa-ets-archiveTimeStamp",
    ), // 1.2.840.113549.1.9.16.2.27
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x1c",
        "id-smime-aa-signatureType",
        "id-smime-aa-signatureType",
    ), // 1.2.840.113549.1.9.16.2.28
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x1d",
        "id-smime-aa-dvcs-dvc",
        "id-smime-aa-dvcs-dvc",
    ), // 1.2.840.113549.1.9.16.2.29
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x02\x2f",
        "id-smime-aa-signingCertificateV2",
        "id-smime-aa-signingCertificateV2",
    ), // 1.2.840.113549.1.9.16.2.47
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03",
        "id-smime-alg",
        "id-smime-alg",
    ), // 1.2.840.113549.1.9.16.3
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x01",
        "id-smime-alg-ESDHwith3DES",
        "id-smime-alg-ESDHwith3DES",
    ), // 1.2.840.113549.1.9.16.3.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x02",
        "id-smime-alg-ESDHwithRC2",
        "id-smime-alg-ESDHwithRC2",
    ), // 1.2.840.113549.1.9.16.3.2
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x03",
        "id-smime-alg-3DESwrap",
        "id-smime-alg-3DESwrap",
    ), // 1.2.840.113549.1.9.16.3.3
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x04",
        "id-smime-alg-RC2wrap",
        "id-smime-alg-RC2wrap",
    ), // 1.2.840.113549.1.9.16.3.4
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x05",
        "id-smime-alg-ESDH",
        "id-smime-alg-ESDH",
    ), // 1.2.840.113549.1.9.16.3.5
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x06",
        "id-smime-alg-CMS3DESwrap",
        "id-smime-alg-CMS3DESwrap",
    ), // 1.2.840.113549.1.9.16.3.6
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x07",
        "id-smime-alg-CMSRC2wrap",
        "id-smime-alg-CMSRC2wrap",
    ), // 1.2.840.113549.1.9.16.3.7
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x08",
        "ZLIB",
        "zlib compression",
    ), // 1.2.840.113549.1.9.16.3.8
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x03\x09",
        "id-alg-PWRI-KEK",
        "id-alg-PWRI-KEK",
    ), // 1.2.840.113549.1.9.16.3.9
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x04",
        "id-smime-cd",
        "id-smime-cd",
    ), // 1.2.840.113549.1.9.16.4
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x04\x01",
        "id-smime-cd-ldap",
        "id-smime-cd-ldap",
    ), // 1.2.840.113549.1.9.16.4.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x05",
        "id-smime-spq",
        "id-smime-spq",
    ), // 1.2.840.113549.1.9.16.5
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x05\x01",
        "id-smime-spq-ets-sqt-uri",
        "id-smime-spq-ets-sqt-uri",
    ), // 1.2.840.113549.1.9.16.5.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x05\x02",
        "id-smime-spq-ets-sqt-unotice",
        "id-smime-spq-ets-sqt-unotice",
    ), // 1.2.840.113549.1.9.16.5.2
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x06",
        "id-smime-cti",
        "id-smime-cti",
    ), // 1.2.840.113549.1.9.16.6
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x06\x01",
        "id-smime-cti-ets-proofOfOrigin",
        "id-smime-cti-ets-proofOfOrigin",
    ), // 1.2.840.113549.1.9.16.6.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x06\x02",
        "id-smime-cti-ets-proofOfReceipt",
        "id-smime-cti-ets-proofOfReceipt",
    ), // 1.2.840.113549.1.9.16.6.2
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x06\x03",
        "id-smime-cti-ets-proofOfDelivery",
        "id-smime-cti-ets-proofOfDelivery",
    ), // 1.2.840.113549.1.9.16.6.3
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x06\x04",
        "id-smime-cti-ets-proofOfSender",
        "id-smime-cti-ets-proofOfSender",
    ), // 1.2.840.113549.1.9.16.6.4
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x06\x05",
        "id-smime-cti-ets-proofOfApproval",
        "id-smime-cti-ets-proofOfApproval",
    ), // 1.2.840.113549.1.9.16.6.5
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x06\x06",
        "id-smime-cti-ets-proofOfCreation",
        "id-smime-cti-ets-proofOfCreation",
    ), // 1.2.840.113549.1.9.16.6.6
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x14",
        "friendlyName",
        "friendlyName",
    ), // 1.2.840.113549.1.9.20
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x15",
        "localKeyID",
        "localKeyID",
    ), // 1.2.840.113549.1.9.21
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x16\x01",
        "x509Certificate",
        "x509Certificate",
    ), // 1.2.840.113549.1.9.22.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x16\x02",
        "sdsiCertificate",
        "sdsiCertificate",
    ), // 1.2.840.113549.1.9.22.2
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x09\x17\x01",
        "x509Crl",
        "x509Crl",
    ), // 1.2.840.113549.1.9.23.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x01\x01",
        "PBE-SHA1-RC4-128",
        "pbeWithSHA1And128BitRC4",
    ), // 1.2.840.113549.1.12.1.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x01\x02",
        "PBE-SHA1-RC4-40",
        "pbeWithSHA1And40BitRC4",
    ), // 1.2.840.113549.1.12.1.2
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x01\x03",
        "PBE-SHA1-3DES",
        "pbeWithSHA1And3-KeyTripleDES-CBC",
    ), // 1.2.840.113549.1.12.1.3
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x01\x04",
        "PBE-SHA1-2DES",
        "pbeWithSHA1And2-KeyTripleDES-CBC",
    ), // 1.2.840.113549.1.12.1.4
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x01\x05",
        "PBE-SHA1-RC2-128",
        "pbeWithSHA1And128BitRC2-CBC",
    ), // 1.2.840.113549.1.12.1.5
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x01\x06",
        "PBE-SHA1-RC2-40",
        "pbeWithSHA1And40BitRC2-CBC",
    ), // 1.2.840.113549.1.12.1.6
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x01",
        "keyBag",
        "keyBag",
    ), // 1.2.840.113549.1.12.10.1.1
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x02",
        "pkcs8ShroudedKeyBag",
        "pkcs8ShroudedKeyBag",
    ), // 1.2.840.113549.1.12.10.1.2
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x03",
        "certBag",
        "certBag",
    ), // 1.2.840.113549.1.12.10.1.3
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x04",
        "crlBag",
        "crlBag",
    ), // 1.2.840.113549.1.12.10.1.4
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x05",
        "secretBag",
        "secretBag",
    ), // 1.2.840.113549.1.12.10.1.5
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x06",
        "safeContentsBag",
        "safeContentsBag",
    ), // 1.2.840.113549.1.12.10.1.6
    (b"\x2a\x86\x48\x86\xf7\x0d\x02\x02", "MD2", "md2"),     // 1.2.840.113549.2.2
    (b"\x2a\x86\x48\x86\xf7\x0d\x02\x04", "MD4", "md4"),     // 1.2.840.113549.2.4
    (b"\x2a\x86\x48\x86\xf7\x0d\x02\x05", "MD5", "md5"),     // 1.2.840.113549.2.5
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x02\x06",
        "hmacWithMD5",
        "hmacWithMD5",
    ), // 1.2.840.113549.2.6
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x02\x07",
        "hmacWithSHA1",
        "hmacWithSHA1",
    ), // 1.2.840.113549.2.7
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x02\x08",
        "hmacWithSHA224",
        "hmacWithSHA224",
    ), // 1.2.840.113549.2.8
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x02\x09",
        "hmacWithSHA256",
        "hmacWithSHA256",
    ), // 1.2.840.113549.2.9
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x02\x0a",
        "hmacWithSHA384",
        "hmacWithSHA384",
    ), // 1.2.840.113549.2.10
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x02\x0b",
        "hmacWithSHA512",
        "hmacWithSHA512",
    ), // 1.2.840.113549.2.11
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x02\x0c",
        "hmacWithSHA512-224",
        "hmacWithSHA512-224",
    ), // 1.2.840.113549.2.12
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x02\x0d",
        "hmacWithSHA512-256",
        "hmacWithSHA512-256",
    ), // 1.2.840.113549.2.13
    (b"\x2a\x86\x48\x86\xf7\x0d\x03\x02", "RC2-CBC", "rc2-cbc"), // 1.2.840.113549.3.2
    (b"\x2a\x86\x48\x86\xf7\x0d\x03\x04", "RC4", "rc4"),     // 1.2.840.113549.3.4
    (
        b"\x2a\x86\x48\x86\xf7\x0d\x03\x07",
        "DES-EDE3-CBC",
        "des-ede3-cbc",
    ), // 1.2.840.113549.3.7
    (b"\x2a\x86\x48\x86\xf7\x0d\x03\x08", "RC5-CBC", "rc5-cbc"), // 1.2.840.113549.3.8
    (b"\x2a\x86\x48\x86\xf7\x0d\x03\x0a", "DES-CDMF", "des-cdmf"), // 1.2.840.113549.3.10
    (b"\x2a\x86\x48\xce\x38", "X9-57", "X9.57"),             // 1.2.840.10040
    (
        b"\x2a\x86\x48\xce\x38\x02\x01",
        "holdInstructionNone",
        "Hold Instruction None",
    ), // 1.2.840.10040.2.1
    (
        b"\x2a\x86\x48\xce\x38\x02\x02",
        "holdInstructionCallIssuer",
        "Hold Instruction Call Issuer",
    ), // 1.2.840.10040.2.2
    (
        b"\x2a\x86\x48\xce\x38\x02\x03",
        "holdInstructionReject",
        "Hold Instruction Reject",
    ), // 1.2.840.10040.2.3
    (b"\x2a\x86\x48\xce\x38\x04", "X9cm", "X9.57 CM ?"),     // 1.2.840.10040.4
    (b"\x2a\x86\x48\xce\x38\x04\x01", "DSA", "dsaEncryption"), // 1.2.840.10040.4.1
    (b"\x2a\x86\x48\xce\x38\x04\x03", "DSA-SHA1", "dsaWithSHA1"), // 1.2.840.10040.4.3
    (b"\x2a\x86\x48\xce\x3d", "ansi-X9-62", "ANSI X9.62"),   // 1.2.840.10045
    (
        b"\x2a\x86\x48\xce\x3d\x01\x01",
        "prime-field",
        "prime-field",
    ), // 1.2.840.10045.1.1
    (
        b"\x2a\x86\x48\xce\x3d\x01\x02",
        "characteristic-two-field",
        "characteristic-two-field",
    ), // 1.2.840.10045.1.2
    (
        b"\x2a\x86\x48\xce\x3d\x01\x02\x03",
        "id-characteristic-two-basis",
        "id-characteristic-two-basis",
    ), // 1.2.840.10045.1.2.3
    (
        b"\x2a\x86\x48\xce\x3d\x01\x02\x03\x01",
        "onBasis",
        "onBasis",
    ), // 1.2.840.10045.1.2.3.1
    (
        b"\x2a\x86\x48\xce\x3d\x01\x02\x03\x02",
        "tpBasis",
        "tpBasis",
    ), // 1.2.840.10045.1.2.3.2
    (
        b"\x2a\x86\x48\xce\x3d\x01\x02\x03\x03",
        "ppBasis",
        "ppBasis",
    ), // 1.2.840.10045.1.2.3.3
    (
        b"\x2a\x86\x48\xce\x3d\x02\x01",
        "id-ecPublicKey",
        "id-ecPublicKey",
    ), // 1.2.840.10045.2.1
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x01",
        "c2pnb163v1",
        "c2pnb163v1",
    ), // 1.2.840.10045.3.0.1
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x02",
        "c2pnb163v2",
        "c2pnb163v2",
    ), // 1.2.840.10045.3.0.2
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x03",
        "c2pnb163v3",
        "c2pnb163v3",
    ), // 1.2.840.10045.3.0.3
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x04",
        "c2pnb176v1",
        "c2pnb176v1",
    ), // 1.2.840.10045.3.0.4
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x05",
        "c2tnb191v1",
        "c2tnb191v1",
    ), // 1.2.840.10045.3.0.5
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x06",
        "c2tnb191v2",
        "c2tnb191v2",
    ), // 1.2.840.10045.3.0.6
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x07",
        "c2tnb191v3",
        "c2tnb191v3",
    ), // 1.2.840.10045.3.0.7
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x08",
        "c2onb191v4",
        "c2onb191v4",
    ), // 1.2.840.10045.3.0.8
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x09",
        "c2onb191v5",
        "c2onb191v5",
    ), // 1.2.840.10045.3.0.9
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x0a",
        "c2pnb208w1",
        "c2pnb208w1",
    ), // 1.2.840.10045.3.0.10
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x0b",
        "c2tnb239v1",
        "c2tnb239v1",
    ), // 1.2.840.10045.3.0.11
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x0c",
        "c2tnb239v2",
        "c2tnb239v2",
    ), // 1.2.840.10045.3.0.12
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x0d",
        "c2tnb239v3",
        "c2tnb239v3",
    ), // 1.2.840.10045.3.0.13
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x0e",
        "c2onb239v4",
        "c2onb239v4",
    ), // 1.2.840.10045.3.0.14
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x0f",
        "c2onb239v5",
        "c2onb239v5",
    ), // 1.2.840.10045.3.0.15
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x10",
        "c2pnb272w1",
        "c2pnb272w1",
    ), // 1.2.840.10045.3.0.16
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x11",
        "c2pnb304w1",
        "c2pnb304w1",
    ), // 1.2.840.10045.3.0.17
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x12",
        "c2tnb359v1",
        "c2tnb359v1",
    ), // 1.2.840.10045.3.0.18
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x13",
        "c2pnb368w1",
        "c2pnb368w1",
    ), // 1.2.840.10045.3.0.19
    (
        b"\x2a\x86\x48\xce\x3d\x03\x00\x14",
        "c2tnb431r1",
        "c2tnb431r1",
    ), // 1.2.840.10045.3.0.20
    (
        b"\x2a\x86\x48\xce\x3d\x03\x01\x01",
        "prime192v1",
        "prime192v1",
    ), // 1.2.840.10045.3.1.1
    (
        b"\x2a\x86\x48\xce\x3d\x03\x01\x02",
        "prime192v2",
        "prime192v2",
    ), // 1.2.840.10045.3.1.2
    (
        b"\x2a\x86\x48\xce\x3d\x03\x01\x03",
        "prime192v3",
        "prime192v3",
    ), // 1.2.840.10045.3.1.3
    (
        b"\x2a\x86\x48\xce\x3d\x03\x01\x04",
        "prime239v1",
        "prime239v1",
    ), // 1.2.840.10045.3.1.4
    (
        b"\x2a\x86\x48\xce\x3d\x03\x01\x05",
        "prime239v2",
        "prime239v2",
    ), // 1.2.840.10045.3.1.5
    (
        b"\x2a\x86\x48\xce\x3d\x03\x01\x06",
        "prime239v3",
        "prime239v3",
    ), // 1.2.840.10045.3.1.6
    (
        b"\x2a\x86\x48\xce\x3d\x03\x01\x07",
        "prime256v1",
        "prime256v1",
    ), // 1.2.840.10045.3.1.7
    (
        b"\x2a\x86\x48\xce\x3d\x04\x01",
        "ecdsa-with-SHA1",
        "ecdsa-with-SHA1",
    ), // 1.2.840.10045.4.1
    (
        b"\x2a\x86\x48\xce\x3d\x04\x02",
        "ecdsa-with-Recommended",
        "ecdsa-with-Recommended",
    ), // 1.2.840.10045.4.2
    (
        b"\x2a\x86\x48\xce\x3d\x04\x03",
        "ecdsa-with-Specified",
        "ecdsa-with-Specified",
    ), // 1.2.840.10045.4.3
    (
        b"\x2a\x86\x48\xce\x3d\x04\x03\x01",
        "ecdsa-with-SHA224",
        "ecdsa-with-SHA224",
    ), // 1.2.840.10045.4.3.1
    (
        b"\x2a\x86\x48\xce\x3d\x04\x03\x02",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA256",
    ), // 1.2.840.10045.4.3.2
    (
        b"\x2a\x86\x48\xce\x3d\x04\x03\x03",
        "ecdsa-with-SHA384",
        "ecdsa-with-SHA384",
    ), // 1.2.840.10045.4.3.3
    (
        b"\x2a\x86\x48\xce\x3d\x04\x03\x04",
        "ecdsa-with-SHA512",
        "ecdsa-with-SHA512",
    ), // 1.2.840.10045.4.3.4
    (
        b"\x2a\x86\x48\xce\x3e\x02\x01",
        "dhpublicnumber",
        "X9.42 DH",
    ), // 1.2.840.10046.2.1
    (b"\x2b", "ORG", "org"),                                 // 1.3
    (b"\x2b\x06", "DOD", "dod"),                             // 1.3.6
    (b"\x2b\x06\x01", "IANA", "iana"),                       // 1.3.6.1
    (b"\x2b\x06\x01\x01", "directory", "Directory"),         // 1.3.6.1.1
    (b"\x2b\x06\x01\x02", "mgmt", "Management"),             // 1.3.6.1.2
    (b"\x2b\x06\x01\x03", "experimental", "Experimental"),   // 1.3.6.1.3
    (b"\x2b\x06\x01\x04", "private", "Private"),             // 1.3.6.1.4
    (b"\x2b\x06\x01\x04\x01", "enterprises", "Enterprises"), // 1.3.6.1.4.1
    (
        b"\x2b\x06\x01\x04\x01\x81\x3c\x07\x01\x01\x02",
        "IDEA-CBC",
        "idea-cbc",
    ), // 1.3.6.1.4.1.188.7.1.1.2
    (
        b"\x2b\x06\x01\x04\x01\x82\x37\x02\x01\x0e",
        "msExtReq",
        "Microsoft Extension Request",
    ), // 1.3.6.1.4.1.311.2.1.14
    (
        b"\x2b\x06\x01\x04\x01\x82\x37\x02\x01\x15",
        "msCodeInd",
        "Microsoft Individual Code Signing",
    ), // 1.3.6.1.4.1.311.2.1.21
    (
        b"\x2b\x06\x01\x04\x01\x82\x37\x02\x01\x16",
        "msCodeCom",
        "Microsoft Commercial Code Signing",
    ), // 1.3.6.1.4.1.311.2.1.22
    (
        b"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x01",
        "msCTLSign",
        "Microsoft Trust List Signing",
    ), // 1.3.6.1.4.1.311.10.3.1
    (
        b"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x03",
        "msSGC",
        "Microsoft Server Gated Crypto",
    ), // 1.3.6.1.4.1.311.10.3.3
    (
        b"\x2b\x06\x01\x04\x01\x82\x37\x0a\x03\x04",
        "msEFS",
        "Microsoft Encrypted File System",
    ), // 1.3.6.1.4.1.311.10.3.4
    (
        b"\x2b\x06\x01\x04\x01\x82\x37\x11\x01",
        "CSPName",
        "Microsoft CSP Name",
    ), // 1.3.6.1.4.1.311.17.1
    (
        b"\x2b\x06\x01\x04\x01\x82\x37\x11\x02",
        "LocalKeySet",
        "Microsoft Local Key set",
    ), // 1.3.6.1.4.1.311.17.2
    (
        b"\x2b\x06\x01\x04\x01\x82\x37\x14\x02\x02",
        "msSmartcardLogin",
        "Microsoft Smartcard Login",
    ), // 1.3.6.1.4.1.311.20.2.2
    (
        b"\x2b\x06\x01\x04\x01\x82\x37\x14\x02\x03",
        "msUPN",
        "Microsoft User Principal Name",
    ), // 1.3.6.1.4.1.311.20.2.3
    (
        b"\x2b\x06\x01\x04\x01\x82\x37\x3c\x02\x01\x01",
        "jurisdictionL",
        "jurisdictionLocalityName",
    ), // 1.3.6.1.4.1.311.60.2.1.1
    (
        b"\x2b\x06\x01\x04\x01\x82\x37\x3c\x02\x01\x02",
        "jurisdictionST",
        "jurisdictionStateOrProvinceName",
    ), // 1.3.6.1.4.1.311.60.2.1.2
    (
        b"\x2b\x06\x01\x04\x01\x82\x37\x3c\x02\x01\x03",
        "jurisdictionC",
        "jurisdictionCountryName",
    ), // 1.3.6.1.4.1.311.60.2.1.3
    (
        b"\x2b\x06\x01\x04\x01\x8b\x3a\x82\x58",
        "dcobject",
        "dcObject",
    ), // 1.3.6.1.4.1.1466.344
    (
        b"\x2b\x06\x01\x04\x01\x8d\x3a\x0c\x02\x01\x10",
        "BLAKE2b512",
        "blake2b512",
    ), // 1.3.6.1.4.1.1722.12.2.1.16
    (
        b"\x2b\x06\x01\x04\x01\x8d\x3a\x0c\x02\x02\x08",
        "BLAKE2s256",
        "blake2s256",
    ), // 1.3.6.1.4.1.1722.12.2.2.8
    (b"\x2b\x06\x01\x04\x01\x97\x55\x01\x02", "BF-CBC", "bf-cbc"), // 1.3.6.1.4.1.3029.1.2
    (
        b"\x2b\x06\x01\x04\x01\xd6\x79\x02\x04\x02",
        "ct_precert_scts",
        "CT Precertificate SCTs",
    ), // 1.3.6.1.4.1.11129.2.4.2
    (
        b"\x2b\x06\x01\x04\x01\xd6\x79\x02\x04\x03",
        "ct_precert_poison",
        "CT Precertificate Poison",
    ), // 1.3.6.1.4.1.11129.2.4.3
    (
        b"\x2b\x06\x01\x04\x01\xd6\x79\x02\x04\x04",
        "ct_precert_signer",
        "CT Precertificate Signer",
    ), // 1.3.6.1.4.1.11129.2.4.4
    (
        b"\x2b\x06\x01\x04\x01\xd6\x79\x02\x04\x05",
        "ct_cert_scts",
        "CT Certificate SCTs",
    ), // 1.3.6.1.4.1.11129.2.4.5
    (
        b"\x2b\x06\x01\x04\x01\xda\x47\x04\x0b",
        "id-scrypt",
        "scrypt",
    ), // 1.3.6.1.4.1.11591.4.11
    (b"\x2b\x06\x01\x05", "security", "Security"),           // 1.3.6.1.5
    (b"\x2b\x06\x01\x05\x02\x03", "id-pkinit", "id-pkinit"), // 1.3.6.1.5.2.3
    (
        b"\x2b\x06\x01\x05\x02\x03\x04",
        "pkInitClientAuth",
        "PKINIT Client Auth",
    ), // 1.3.6.1.5.2.3.4
    (
        b"\x2b\x06\x01\x05\x02\x03\x05",
        "pkInitKDC",
        "Signing KDC Response",
    ), // 1.3.6.1.5.2.3.5
    (b"\x2b\x06\x01\x05\x05\x07", "PKIX", "PKIX"),           // 1.3.6.1.5.5.7
    (
        b"\x2b\x06\x01\x05\x05\x07\x00",
        "id-pkix-mod",
        "id-pkix-mod",
    ), // 1.3.6.1.5.5.7.0
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x01",
        "id-pkix1-explicit-88",
        "id-pkix1-explicit-88",
    ), // 1.3.6.1.5.5.7.0.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x02",
        "id-pkix1-implicit-88",
        "id-pkix1-implicit-88",
    ), // 1.3.6.1.5.5.7.0.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x03",
        "id-pkix1-explicit-93",
        "id-pkix1-explicit-93",
    ), // 1.3.6.1.5.5.7.0.3
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x04",
        "id-pkix1-implicit-93",
        "id-pkix1-implicit-93",
    ), // 1.3.6.1.5.5.7.0.4
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x05",
        "id-mod-crmf",
        "id-mod-crmf",
    ), // 1.3.6.1.5.5.7.0.5
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x06",
        "id-mod-cmc",
        "id-mod-cmc",
    ), // 1.3.6.1.5.5.7.0.6
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x07",
        "id-mod-kea-profile-88",
        "id-mod-kea-profile-88",
    ), // 1.3.6.1.5.5.7.0.7
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x08",
        "id-mod-kea-profile-93",
        "id-mod-kea-profile-93",
    ), // 1.3.6.1.5.5.7.0.8
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x09",
        "id-mod-cmp",
        "id-mod-cmp",
    ), // 1.3.6.1.5.5.7.0.9
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x0a",
        "id-mod-qualified-cert-88",
        "id-mod-qualified-cert-88",
    ), // 1.3.6.1.5.5.7.0.10
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x0b",
        "id-mod-qualified-cert-93",
        "id-mod-qualified-cert-93",
    ), // 1.3.6.1.5.5.7.0.11
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x0c",
        "id-mod-attribute-cert",
        "id-mod-attribute-cert",
    ), // 1.3.6.1.5.5.7.0.12
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x0d",
        "id-mod-timestamp-protocol",
        "id-mod-timestamp-protocol",
    ), // 1.3.6.1.5.5.7.0.13
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x0e",
        "id-mod-ocsp",
        "id-mod-ocsp",
    ), // 1.3.6.1.5.5.7.0.14
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x0f",
        "id-mod-dvcs",
        "id-mod-dvcs",
    ), // 1.3.6.1.5.5.7.0.15
    (
        b"\x2b\x06\x01\x05\x05\x07\x00\x10",
        "id-mod-cmp2000",
        "id-mod-cmp2000",
    ), // 1.3.6.1.5.5.7.0.16
    (b"\x2b\x06\x01\x05\x05\x07\x01", "id-pe", "id-pe"),     // 1.3.6.1.5.5.7.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x01\x01",
        "authorityInfoAccess",
        "Authority Information Access",
    ), // 1.3.6.1.5.5.7.1.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x01\x02",
        "biometricInfo",
        "Biometric Info",
    ), // 1.3.6.1.5.5.7.1.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x01\x03",
        "qcStatements",
        "qcStatements",
    ), // 1.3.6.1.5.5.7.1.3
    (
        b"\x2b\x06\x01\x05\x05\x07\x01\x04",
        "ac-auditEntity",
        "ac-auditEntity",
    ), // 1.3.6.1.5.5.7.1.4
    (
        b"\x2b\x06\x01\x05\x05\x07\x01\x05",
        "ac-targeting",
        "ac-targeting",
    ), // 1.3.6.1.5.5.7.1.5
    (
        b"\x2b\x06\x01\x05\x05\x07\x01\x06",
        "aaControls",
        "aaControls",
    ), // 1.3.6.1.5.5.7.1.6
    (
        b"\x2b\x06\x01\x05\x05\x07\x01\x07",
        "sbgp-ipAddrBlock",
        "sbgp-ipAddrBlock",
    ), // 1.3.6.1.5.5.7.1.7
    (
        b"\x2b\x06\x01\x05\x05\x07\x01\x08",
        "sbgp-autonomousSysNum",
        "sbgp-autonomousSysNum",
    ), // 1.3.6.1.5.5.7.1.8
    (
        b"\x2b\x06\x01\x05\x05\x07\x01\x09",
        "sbgp-routerIdentifier",
        "sbgp-routerIdentifier",
    ), // 1.3.6.1.5.5.7.1.9
    (
        b"\x2b\x06\x01\x05\x05\x07\x01\x0a",
        "ac-proxying",
        "ac-proxying",
    ), // 1.3.6.1.5.5.7.1.10
    (
        b"\x2b\x06\x01\x05\x05\x07\x01\x0b",
        "subjectInfoAccess",
        "Subject Information Access",
    ), // 1.3.6.1.5.5.7.1.11
    (
        b"\x2b\x06\x01\x05\x05\x07\x01\x0e",
        "proxyCertInfo",
        "Proxy Certificate Information",
    ), // 1.3.6.1.5.5.7.1.14
    (
        b"\x2b\x06\x01\x05\x05\x07\x01\x18",
        "tlsfeature",
        "TLS Feature",
    ), // 1.3.6.1.5.5.7.1.24
    (b"\x2b\x06\x01\x05\x05\x07\x02", "id-qt", "id-qt"),     // 1.3.6.1.5.5.7.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x02\x01",
        "id-qt-cps",
        "Policy Qualifier CPS",
    ), // 1.3.6.1.5.5.7.2.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x02\x02",
        "id-qt-unotice",
        "Policy Qualifier User Notice",
    ), // 1.3.6.1.5.5.7.2.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x02\x03",
        "textNotice",
        "textNotice",
    ), // 1.3.6.1.5.5.7.2.3
    (b"\x2b\x06\x01\x05\x05\x07\x03", "id-kp", "id-kp"),     // 1.3.6.1.5.5.7.3
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x01",
        "serverAuth",
        "TLS Web Server Authentication",
    ), // 1.3.6.1.5.5.7.3.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x02",
        "clientAuth",
        "TLS Web Client Authentication",
    ), // 1.3.6.1.5.5.7.3.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x03",
        "codeSigning",
        "Code Signing",
    ), // 1.3.6.1.5.5.7.3.3
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x04",
        "emailProtection",
        "E-mail Protection",
    ), // 1.3.6.1.5.5.7.3.4
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x05",
        "ipsecEndSystem",
        "IPSec End System",
    ), // 1.3.6.1.5.5.7.3.5
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x06",
        "ipsecTunnel",
        "IPSec Tunnel",
    ), // 1.3.6.1.5.5.7.3.6
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x07",
        "ipsecUser",
        "IPSec User",
    ), // 1.3.6.1.5.5.7.3.7
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x08",
        "timeStamping",
        "Time Stamping",
    ), // 1.3.6.1.5.5.7.3.8
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x09",
        "OCSPSigning",
        "OCSP Signing",
    ), // 1.3.6.1.5.5.7.3.9
    (b"\x2b\x06\x01\x05\x05\x07\x03\x0a", "DVCS", "dvcs"),   // 1.3.6.1.5.5.7.3.10
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x11",
        "ipsecIKE",
        "ipsec Internet Key Exchange",
    ), // 1.3.6.1.5.5.7.3.17
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x12",
        "capwapAC",
        "Ctrl/provision WAP Access",
    ), // 1.3.6.1.5.5.7.3.18
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x13",
        "capwapWTP",
        "Ctrl/Provision WAP Termination",
    ), // 1.3.6.1.5.5.7.3.19
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x15",
        "secureShellClient",
        "SSH Client",
    ), // 1.3.6.1.5.5.7.3.21
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x16",
        "secureShellServer",
        "SSH Server",
    ), // 1.3.6.1.5.5.7.3.22
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x17",
        "sendRouter",
        "Send Router",
    ), // 1.3.6.1.5.5.7.3.23
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x18",
        "sendProxiedRouter",
        "Send Proxied Router",
    ), // 1.3.6.1.5.5.7.3.24
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x19",
        "sendOwner",
        "Send Owner",
    ), // 1.3.6.1.5.5.7.3.25
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x1a",
        "sendProxiedOwner",
        "Send Proxied Owner",
    ), // 1.3.6.1.5.5.7.3.26
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x1b",
        "cmcCA",
        "CMC Certificate Authority",
    ), // 1.3.6.1.5.5.7.3.27
    (
        b"\x2b\x06\x01\x05\x05\x07\x03\x1c",
        "cmcRA",
        "CMC Registration Authority",
    ), // 1.3.6.1.5.5.7.3.28
    (b"\x2b\x06\x01\x05\x05\x07\x04", "id-it", "id-it"),     // 1.3.6.1.5.5.7.4
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x01",
        "id-it-caProtEncCert",
        "id-it-caProtEncCert",
    ), // 1.3.6.1.5.5.7.4.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x02",
        "id-it-signKeyPairTypes",
        "id-it-signKeyPairTypes",
    ), // 1.3.6.1.5.5.7.4.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x03",
        "id-it-encKeyPairTypes",
        "id-it-encKeyPairTypes",
    ), // 1.3.6.1.5.5.7.4.3
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x04",
        "id-it-preferredSymmAlg",
        "id-it-preferredSymmAlg",
    ), // 1.3.6.1.5.5.7.4.4
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x05",
        "id-it-caKeyUpdateInfo",
        "id-it-caKeyUpdateInfo",
    ), // 1.3.6.1.5.5.7.4.5
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x06",
        "id-it-currentCRL",
        "id-it-currentCRL",
    ), // 1.3.6.1.5.5.7.4.6
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x07",
        "id-it-unsupportedOIDs",
        "id-it-unsupportedOIDs",
    ), // 1.3.6.1.5.5.7.4.7
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x08",
        "id-it-subscriptionRequest",
        "id-it-subscriptionRequest",
    ), // 1.3.6.1.5.5.7.4.8
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x09",
        "id-it-subscriptionResponse",
        "id-it-subscriptionResponse",
    ), // 1.3.6.1.5.5.7.4.9
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x0a",
        "id-it-keyPairParamReq",
        "id-it-keyPairParamReq",
    ), // 1.3.6.1.5.5.7.4.10
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x0b",
        "id-it-keyPairParamRep",
        "id-it-keyPairParamRep",
    ), // 1.3.6.1.5.5.7.4.11
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x0c",
        "id-it-revPassphrase",
        "id-it-revPassphrase",
    ), // 1.3.6.1.5.5.7.4.12
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x0d",
        "id-it-implicitConfirm",
        "id-it-implicitConfirm",
    ), // 1.3.6.1.5.5.7.4.13
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x0e",
        "id-it-confirmWaitTime",
        "id-it-confirmWaitTime",
    ), // 1.3.6.1.5.5.7.4.14
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x0f",
        "id-it-origPKIMessage",
        "id-it-origPKIMessage",
    ), // 1.3.6.1.5.5.7.4.15
    (
        b"\x2b\x06\x01\x05\x05\x07\x04\x10",
        "id-it-suppLangTags",
        "id-it-suppLangTags",
    ), // 1.3.6.1.5.5.7.4.16
    (b"\x2b\x06\x01\x05\x05\x07\x05", "id-pkip", "id-pkip"), // 1.3.6.1.5.5.7.5
    (
        b"\x2b\x06\x01\x05\x05\x07\x05\x01",
        "id-regCtrl",
        "id-regCtrl",
    ), // 1.3.6.1.5.5.7.5.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x05\x01\x01",
        "id-regCtrl-regToken",
        "id-regCtrl-regToken",
    ), // 1.3.6.1.5.5.7.5.1.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x05\x01\x02",
        "id-regCtrl-authenticator",
        "id-regCtrl-authenticator",
    ), // 1.3.6.1.5.5.7.5.1.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x05\x01\x03",
        "id-regCtrl-pkiPublicationInfo",
        "id-regCtrl-pkiPublicationInfo",
    ), // 1.3.6.1.5.5.7.5.1.3
    (
        b"\x2b\x06\x01\x05\x05\x07\x05\x01\x04",
        "id-regCtrl-pkiArchiveOptions",
        "id-regCtrl-pkiArchiveOptions",
    ), // 1.3.6.1.5.5.7.5.1.4
    (
        b"\x2b\x06\x01\x05\x05\x07\x05\x01\x05",
        "id-regCtrl-oldCertID",
        "id-regCtrl-oldCertID",
    ), // 1.3.6.1.5.5.7.5.1.5
    (
        b"\x2b\x06\x01\x05\x05\x07\x05\x01\x06",
        "id-regCtrl-protocolEncrKey",
        "id-regCtrl-protocolEncrKey",
    ), // 1.3.6.1.5.5.7.5.1.6
    (
        b"\x2b\x06\x01\x05\x05\x07\x05\x02",
        "id-regInfo",
        "id-regInfo",
    ), // 1.3.6.1.5.5.7.5.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x05\x02\x01",
        "id-regInfo-utf8Pairs",
        "id-regInfo-utf8Pairs",
    ), // 1.3.6.1.5.5.7.5.2.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x05\x02\x02",
        "id-regInfo-certReq",
        "id-regInfo-certReq",
    ), // 1.3.6.1.5.5.7.5.2.2
    (b"\x2b\x06\x01\x05\x05\x07\x06", "id-alg", "id-alg"),   // 1.3.6.1.5.5.7.6
    (
        b"\x2b\x06\x01\x05\x05\x07\x06\x01",
        "id-alg-des40",
        "id-alg-des40",
    ), // 1.3.6.1.5.5.7.6.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x06\x02",
        "id-alg-noSignature",
        "id-alg-noSignature",
    ), // 1.3.6.1.5.5.7.6.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x06\x03",
        "id-alg-dh-sig-hmac-sha1",
        "id-alg-dh-sig-hmac-sha1",
    ), // 1.3.6.1.5.5.7.6.3
    (
        b"\x2b\x06\x01\x05\x05\x07\x06\x04",
        "id-alg-dh-pop",
        "id-alg-dh-pop",
    ), // 1.3.6.1.5.5.7.6.4
    (b"\x2b\x06\x01\x05\x05\x07\x07", "id-cmc", "id-cmc"),   // 1.3.6.1.5.5.7.7
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x01",
        "id-cmc-statusInfo",
        "id-cmc-statusInfo",
    ), // 1.3.6.1.5.5.7.7.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x02",
        "id-cmc-identification",
        "id-cmc-identification",
    ), // 1.3.6.1.5.5.7.7.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x03",
        "id-cmc-identityProof",
        "id-cmc-identityProof",
    ), // 1.3.6.1.5.5.7.7.3
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x04",
        "id-cmc-dataReturn",
        "id-cmc-dataReturn",
    ), // 1.3.6.1.5.5.7.7.4
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x05",
        "id-cmc-transactionId",
        "id-cmc-transactionId",
    ), // 1.3.6.1.5.5.7.7.5
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x06",
        "id-cmc-senderNonce",
        "id-cmc-senderNonce",
    ), // 1.3.6.1.5.5.7.7.6
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x07",
        "id-cmc-recipientNonce",
        "id-cmc-recipientNonce",
    ), // 1.3.6.1.5.5.7.7.7
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x08",
        "id-cmc-addExtensions",
        "id-cmc-addExtensions",
    ), // 1.3.6.1.5.5.7.7.8
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x09",
        "id-cmc-encryptedPOP",
        "id-cmc-encryptedPOP",
    ), // 1.3.6.1.5.5.7.7.9
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x0a",
        "id-cmc-decryptedPOP",
        "id-cmc-decryptedPOP",
    ), // 1.3.6.1.5.5.7.7.10
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x0b",
        "id-cmc-lraPOPWitness",
        "id-cmc-lraPOPWitness",
    ), // 1.3.6.1.5.5.7.7.11
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x0f",
        "id-cmc-getCert",
        "id-cmc-getCert",
    ), // 1.3.6.1.5.5.7.7.15
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x10",
        "id-cmc-getCRL",
        "id-cmc-getCRL",
    ), // 1.3.6.1.5.5.7.7.16
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x11",
        "id-cmc-revokeRequest",
        "id-cmc-revokeRequest",
    ), // 1.3.6.1.5.5.7.7.17
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x12",
        "id-cmc-regInfo",
        "id-cmc-regInfo",
    ), // 1.3.6.1.5.5.7.7.18
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x13",
        "id-cmc-responseInfo",
        "id-cmc-responseInfo",
    ), // 1.3.6.1.5.5.7.7.19
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x15",
        "id-cmc-queryPending",
        "id-cmc-queryPending",
    ), // 1.3.6.1.5.5.7.7.21
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x16",
        "id-cmc-popLinkRandom",
        "id-cmc-popLinkRandom",
    ), // 1.3.6.1.5.5.7.7.22
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x17",
        "id-cmc-popLinkWitness",
        "id-cmc-popLinkWitness",
    ), // 1.3.6.1.5.5.7.7.23
    (
        b"\x2b\x06\x01\x05\x05\x07\x07\x18",
        "id-cmc-confirmCertAcceptance",
        "id-cmc-confirmCertAcceptance",
    ), // 1.3.6.1.5.5.7.7.24
    (b"\x2b\x06\x01\x05\x05\x07\x08", "id-on", "id-on"),     // 1.3.6.1.5.5.7.8
    (
        b"\x2b\x06\x01\x05\x05\x07\x08\x01",
        "id-on-personalData",
        "id-on-personalData",
    ), // 1.3.6.1.5.5.7.8.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x08\x03",
        "id-on-permanentIdentifier",
        "Permanent Identifier",
    ), // 1.3.6.1.5.5.7.8.3
    (b"\x2b\x06\x01\x05\x05\x07\x09", "id-pda", "id-pda"),   // 1.3.6.1.5.5.7.9
    (
        b"\x2b\x06\x01\x05\x05\x07\x09\x01",
        "id-pda-dateOfBirth",
        "id-pda-dateOfBirth",
    ), // 1.3.6.1.5.5.7.9.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x09\x02",
        "id-pda-placeOfBirth",
        "id-pda-placeOfBirth",
    ), // 1.3.6.1.5.5.7.9.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x09\x03",
        "id-pda-gender",
        "id-pda-gender",
    ), // 1.3.6.1.5.5.7.9.3
    (
        b"\x2b\x06\x01\x05\x05\x07\x09\x04",
        "id-pda-countryOfCitizenship",
        "id-pda-countryOfCitizenship",
    ), // 1.3.6.1.5.5.7.9.4
    (
        b"\x2b\x06\x01\x05\x05\x07\x09\x05",
        "id-pda-countryOfResidence",
        "id-pda-countryOfResidence",
    ), // 1.3.6.1.5.5.7.9.5
    (b"\x2b\x06\x01\x05\x05\x07\x0a", "id-aca", "id-aca"),   // 1.3.6.1.5.5.7.10
    (
        b"\x2b\x06\x01\x05\x05\x07\x0a\x01",
        "id-aca-authenticationInfo",
        "id-aca-authenticationInfo",
    ), // 1.3.6.1.5.5.7.10.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x0a\x02",
        "id-aca-accessIdentity",
        "id-aca-accessIdentity",
    ), // 1.3.6.1.5.5.7.10.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x0a\x03",
        "id-aca-chargingIdentity",
        "id-aca-chargingIdentity",
    ), // 1.3.6.1.5.5.7.10.3
    (
        b"\x2b\x06\x01\x05\x05\x07\x0a\x04",
        "id-aca-group",
        "id-aca-group",
    ), // 1.3.6.1.5.5.7.10.4
    (
        b"\x2b\x06\x01\x05\x05\x07\x0a\x05",
        "id-aca-role",
        "id-aca-role",
    ), // 1.3.6.1.5.5.7.10.5
    (
        b"\x2b\x06\x01\x05\x05\x07\x0a\x06",
        "id-aca-encAttrs",
        "id-aca-encAttrs",
    ), // 1.3.6.1.5.5.7.10.6
    (b"\x2b\x06\x01\x05\x05\x07\x0b", "id-qcs", "id-qcs"),   // 1.3.6.1.5.5.7.11
    (
        b"\x2b\x06\x01\x05\x05\x07\x0b\x01",
        "id-qcs-pkixQCSyntax-v1",
        "id-qcs-pkixQCSyntax-v1",
    ), // 1.3.6.1.5.5.7.11.1
    (b"\x2b\x06\x01\x05\x05\x07\x0c", "id-cct", "id-cct"),   // 1.3.6.1.5.5.7.12
    (
        b"\x2b\x06\x01\x05\x05\x07\x0c\x01",
        "id-cct-crs",
        "id-cct-crs",
    ), // 1.3.6.1.5.5.7.12.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x0c\x02",
        "id-cct-PKIData",
        "id-cct-PKIData",
    ), // 1.3.6.1.5.5.7.12.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x0c\x03",
        "id-cct-PKIResponse",
        "id-cct-PKIResponse",
    ), // 1.3.6.1.5.5.7.12.3
    (b"\x2b\x06\x01\x05\x05\x07\x15", "id-ppl", "id-ppl"),   // 1.3.6.1.5.5.7.21
    (
        b"\x2b\x06\x01\x05\x05\x07\x15\x00",
        "id-ppl-anyLanguage",
        "Any language",
    ), // 1.3.6.1.5.5.7.21.0
    (
        b"\x2b\x06\x01\x05\x05\x07\x15\x01",
        "id-ppl-inheritAll",
        "Inherit all",
    ), // 1.3.6.1.5.5.7.21.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x15\x02",
        "id-ppl-independent",
        "Independent",
    ), // 1.3.6.1.5.5.7.21.2
    (b"\x2b\x06\x01\x05\x05\x07\x30", "id-ad", "id-ad"),     // 1.3.6.1.5.5.7.48
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01", "OCSP", "OCSP"),   // 1.3.6.1.5.5.7.48.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x30\x01\x01",
        "basicOCSPResponse",
        "Basic OCSP Response",
    ), // 1.3.6.1.5.5.7.48.1.1
    (
        b"\x2b\x06\x01\x05\x05\x07\x30\x01\x02",
        "Nonce",
        "OCSP Nonce",
    ), // 1.3.6.1.5.5.7.48.1.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x30\x01\x03",
        "CrlID",
        "OCSP CRL ID",
    ), // 1.3.6.1.5.5.7.48.1.3
    (
        b"\x2b\x06\x01\x05\x05\x07\x30\x01\x04",
        "acceptableResponses",
        "Acceptable OCSP Responses",
    ), // 1.3.6.1.5.5.7.48.1.4
    (
        b"\x2b\x06\x01\x05\x05\x07\x30\x01\x05",
        "noCheck",
        "OCSP No Check",
    ), // 1.3.6.1.5.5.7.48.1.5
    (
        b"\x2b\x06\x01\x05\x05\x07\x30\x01\x06",
        "archiveCutoff",
        "OCSP Archive Cutoff",
    ), // 1.3.6.1.5.5.7.48.1.6
    (
        b"\x2b\x06\x01\x05\x05\x07\x30\x01\x07",
        "serviceLocator",
        "OCSP Service Locator",
    ), // 1.3.6.1.5.5.7.48.1.7
    (
        b"\x2b\x06\x01\x05\x05\x07\x30\x01\x08",
        "extendedStatus",
        "Extended OCSP Status",
    ), // 1.3.6.1.5.5.7.48.1.8
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01\x09", "valid", "valid"), // 1.3.6.1.5.5.7.48.1.9
    (b"\x2b\x06\x01\x05\x05\x07\x30\x01\x0a", "path", "path"), // 1.3.6.1.5.5.7.48.1.10
    (
        b"\x2b\x06\x01\x05\x05\x07\x30\x01\x0b",
        "trustRoot",
        "Trust Root",
    ), // 1.3.6.1.5.5.7.48.1.11
    (
        b"\x2b\x06\x01\x05\x05\x07\x30\x02",
        "caIssuers",
        "CA Issuers",
    ), // 1.3.6.1.5.5.7.48.2
    (
        b"\x2b\x06\x01\x05\x05\x07\x30\x03",
        "ad_timestamping",
        "AD Time Stamping",
    ), // 1.3.6.1.5.5.7.48.3
    (b"\x2b\x06\x01\x05\x05\x07\x30\x04", "AD_DVCS", "ad dvcs"), // 1.3.6.1.5.5.7.48.4
    (
        b"\x2b\x06\x01\x05\x05\x07\x30\x05",
        "caRepository",
        "CA Repository",
    ), // 1.3.6.1.5.5.7.48.5
    (b"\x2b\x06\x01\x05\x05\x08\x01\x01", "HMAC-MD5", "hmac-md5"), // 1.3.6.1.5.5.8.1.1
    (
        b"\x2b\x06\x01\x05\x05\x08\x01\x02",
        "HMAC-SHA1",
        "hmac-sha1",
    ), // 1.3.6.1.5.5.8.1.2
    (b"\x2b\x06\x01\x06", "snmpv2", "SNMPv2"),               // 1.3.6.1.6
    (b"\x2b\x06\x01\x07", "Mail", "Mail"),                   // 1.3.6.1.7
    (b"\x2b\x06\x01\x07\x01", "mime-mhs", "MIME MHS"),       // 1.3.6.1.7.1
    (
        b"\x2b\x06\x01\x07\x01\x01",
        "mime-mhs-headings",
        "mime-mhs-headings",
    ), // 1.3.6.1.7.1.1
    (
        b"\x2b\x06\x01\x07\x01\x01\x01",
        "id-hex-partial-message",
        "id-hex-partial-message",
    ), // 1.3.6.1.7.1.1.1
    (
        b"\x2b\x06\x01\x07\x01\x01\x02",
        "id-hex-multipart-message",
        "id-hex-multipart-message",
    ), // 1.3.6.1.7.1.1.2
    (
        b"\x2b\x06\x01\x07\x01\x02",
        "mime-mhs-bodies",
        "mime-mhs-bodies",
    ), // 1.3.6.1.7.1.2
    (b"\x2b\x0e\x03\x02", "algorithm", "algorithm"),         // 1.3.14.3.2
    (b"\x2b\x0e\x03\x02\x03", "RSA-NP-MD5", "md5WithRSA"),   // 1.3.14.3.2.3
    (b"\x2b\x0e\x03\x02\x06", "DES-ECB", "des-ecb"),         // 1.3.14.3.2.6
    (b"\x2b\x0e\x03\x02\x07", "DES-CBC", "des-cbc"),         // 1.3.14.3.2.7
    (b"\x2b\x0e\x03\x02\x08", "DES-OFB", "des-ofb"),         // 1.3.14.3.2.8
    (b"\x2b\x0e\x03\x02\x09", "DES-CFB", "des-cfb"),         // 1.3.14.3.2.9
    (b"\x2b\x0e\x03\x02\x0b", "rsaSignature", "rsaSignature"), // 1.3.14.3.2.11
    (b"\x2b\x0e\x03\x02\x0c", "DSA-old", "dsaEncryption-old"), // 1.3.14.3.2.12
    (b"\x2b\x0e\x03\x02\x0d", "DSA-SHA", "dsaWithSHA"),      // 1.3.14.3.2.13
    (b"\x2b\x0e\x03\x02\x0f", "RSA-SHA", "shaWithRSAEncryption"), // 1.3.14.3.2.15
    (b"\x2b\x0e\x03\x02\x11", "DES-EDE", "des-ede"),         // 1.3.14.3.2.17
    (b"\x2b\x0e\x03\x02\x12", "SHA", "sha"),                 // 1.3.14.3.2.18
    (b"\x2b\x0e\x03\x02\x1a", "SHA1", "sha1"),               // 1.3.14.3.2.26
    (b"\x2b\x0e\x03\x02\x1b", "DSA-SHA1-old", "dsaWithSHA1-old"), // 1.3.14.3.2.27
    (b"\x2b\x0e\x03\x02\x1d", "RSA-SHA1-2", "sha1WithRSA"),  // 1.3.14.3.2.29
    (b"\x2b\x24\x03\x02\x01", "RIPEMD160", "ripemd160"),     // 1.3.36.3.2.1
    (
        b"\x2b\x24\x03\x03\x01\x02",
        "RSA-RIPEMD160",
        "ripemd160WithRSA",
    ), // 1.3.36.3.3.1.2
    (
        b"\x2b\x24\x03\x03\x02\x08\x01\x01\x01",
        "brainpoolP160r1",
        "brainpoolP160r1",
    ), // 1.3.36.3.3.2.8.1.1.1
    (
        b"\x2b\x24\x03\x03\x02\x08\x01\x01\x02",
        "brainpoolP160t1",
        "brainpoolP160t1",
    ), // 1.3.36.3.3.2.8.1.1.2
    (
        b"\x2b\x24\x03\x03\x02\x08\x01\x01\x03",
        "brainpoolP192r1",
        "brainpoolP192r1",
    ), // 1.3.36.3.3.2.8.1.1.3
    (
        b"\x2b\x24\x03\x03\x02\x08\x01\x01\x04",
        "brainpoolP192t1",
        "brainpoolP192t1",
    ), // 1.3.36.3.3.2.8.1.1.4
    (
        b"\x2b\x24\x03\x03\x02\x08\x01\x01\x05",
        "brainpoolP224r1",
        "brainpoolP224r1",
    ), // 1.3.36.3.3.2.8.1.1.5
    (
        b"\x2b\x24\x03\x03\x02\x08\x01\x01\x06",
        "brainpoolP224t1",
        "brainpoolP224t1",
    ), // 1.3.36.3.3.2.8.1.1.6
    (
        b"\x2b\x24\x03\x03\x02\x08\x01\x01\x07",
        "brainpoolP256r1",
        "brainpoolP256r1",
    ), // 1.3.36.3.3.2.8.1.1.7
    (
        b"\x2b\x24\x03\x03\x02\x08\x01\x01\x08",
        "brainpoolP256t1",
        "brainpoolP256t1",
    ), // 1.3.36.3.3.2.8.1.1.8
    (
        b"\x2b\x24\x03\x03\x02\x08\x01\x01\x09",
        "brainpoolP320r1",
        "brainpoolP320r1",
    ), // 1.3.36.3.3.2.8.1.1.9
    (
        b"\x2b\x24\x03\x03\x02\x08\x01\x01\x0a",
        "brainpoolP320t1",
        "brainpoolP320t1",
    ), // 1.3.36.3.3.2.8.1.1.10
    (
        b"\x2b\x24\x03\x03\x02\x08\x01\x01\x0b",
        "brainpoolP384r1",
        "brainpoolP384r1",
    ), // 1.3.36.3.3.2.8.1.1.11
    (
        b"\x2b\x24\x03\x03\x02\x08\x01\x01\x0c",
        "brainpoolP384t1",
        "brainpoolP384t1",
    ), // 1.3.36.3.3.2.8.1.1.12
    (
        b"\x2b\x24\x03\x03\x02\x08\x01\x01\x0d",
        "brainpoolP512r1",
        "brainpoolP512r1",
    ), // 1.3.36.3.3.2.8.1.1.13
    (
        b"\x2b\x24\x03\x03\x02\x08\x01\x01\x0e",
        "brainpoolP512t1",
        "brainpoolP512t1",
    ), // 1.3.36.3.3.2.8.1.1.14
    (
        b"\x2b\x24\x08\x03\x03",
        "x509ExtAdmission",
        "Professional Information or basis for Admission",
    ), // 1.3.36.8.3.3
    (b"\x2b\x65\x01\x04\x01", "SXNetID", "Strong Extranet ID"), // 1.3.101.1.4.1
    (b"\x2b\x65\x6e", "X25519", "X25519"),                   // 1.3.101.110
    (b"\x2b\x65\x6f", "X448", "X448"),                       // 1.3.101.111
    (b"\x2b\x65\x70", "ED25519", "ED25519"),                 // 1.3.101.112
    (b"\x2b\x65\x71", "ED448", "ED448"),                     // 1.3.101.113
    (b"\x2b\x6f", "ieee", "ieee"),                           // 1.3.111
    (
        b"\x2b\x6f\x02\x8c\x53",
        "ieee-siswg",
        "IEEE Security in Storage Working Group",
    ), // 1.3.111.2.1619
    (
        b"\x2b\x6f\x02\x8c\x53\x00\x01\x01",
        "AES-128-XTS",
        "aes-128-xts",
    ), // 1.3.111.2.1619.0.1.1
    (
        b"\x2b\x6f\x02\x8c\x53\x00\x01\x02",
        "AES-256-XTS",
        "aes-256-xts",
    ), // 1.3.111.2.1619.0.1.2
    (b"\x2b\x81\x04", "certicom-arc", "certicom-arc"),       // 1.3.132
    (b"\x2b\x81\x04\x00\x01", "sect163k1", "sect163k1"),     // 1.3.132.0.1
    (b"\x2b\x81\x04\x00\x02", "sect163r1", "sect163r1"),     // 1.3.132.0.2
    (b"\x2b\x81\x04\x00\x03", "sect239k1", "sect239k1"),     // 1.3.132.0.3
    (b"\x2b\x81\x04\x00\x04", "sect113r1", "sect113r1"),     // 1.3.132.0.4
    (b"\x2b\x81\x04\x00\x05", "sect113r2", "sect113r2"),     // 1.3.132.0.5
    (b"\x2b\x81\x04\x00\x06", "secp112r1", "secp112r1"),     // 1.3.132.0.6
    (b"\x2b\x81\x04\x00\x07", "secp112r2", "secp112r2"),     // 1.3.132.0.7
    (b"\x2b\x81\x04\x00\x08", "secp160r1", "secp160r1"),     // 1.3.132.0.8
    (b"\x2b\x81\x04\x00\x09", "secp160k1", "secp160k1"),     // 1.3.132.0.9
    (b"\x2b\x81\x04\x00\x0a", "secp256k1", "secp256k1"),     // 1.3.132.0.10
    (b"\x2b\x81\x04\x00\x0f", "sect163r2", "sect163r2"),     // 1.3.132.0.15
    (b"\x2b\x81\x04\x00\x10", "sect283k1", "sect283k1"),     // 1.3.132.0.16
    (b"\x2b\x81\x04\x00\x11", "sect283r1", "sect283r1"),     // 1.3.132.0.17
    (b"\x2b\x81\x04\x00\x16", "sect131r1", "sect131r1"),     // 1.3.132.0.22
    (b"\x2b\x81\x04\x00\x17", "sect131r2", "sect131r2"),     // 1.3.132.0.23
    (b"\x2b\x81\x04\x00\x18", "sect193r1", "sect193r1"),     // 1.3.132.0.24
    (b"\x2b\x81\x04\x00\x19", "sect193r2", "sect193r2"),     // 1.3.132.0.25
    (b"\x2b\x81\x04\x00\x1a", "sect233k1", "sect233k1"),     // 1.3.132.0.26
    (b"\x2b\x81\x04\x00\x1b", "sect233r1", "sect233r1"),     // 1.3.132.0.27
    (b"\x2b\x81\x04\x00\x1c", "secp128r1", "secp128r1"),     // 1.3.132.0.28
    (b"\x2b\x81\x04\x00\x1d", "secp128r2", "secp128r2"),     // 1.3.132.0.29
    (b"\x2b\x81\x04\x00\x1e", "secp160r2", "secp160r2"),     // 1.3.132.0.30
    (b"\x2b\x81\x04\x00\x1f", "secp192k1", "secp192k1"),     // 1.3.132.0.31
    (b"\x2b\x81\x04\x00\x20", "secp224k1", "secp224k1"),     // 1.3.132.0.32
    (b"\x2b\x81\x04\x00\x21", "secp224r1", "secp224r1"),     // 1.3.132.0.33
    (b"\x2b\x81\x04\x00\x22", "secp384r1", "secp384r1"),     // 1.3.132.0.34
    (b"\x2b\x81\x04\x00\x23", "secp521r1", "secp521r1"),     // 1.3.132.0.35
    (b"\x2b\x81\x04\x00\x24", "sect409k1", "sect409k1"),     // 1.3.132.0.36
    (b"\x2b\x81\x04\x00\x25", "sect409r1", "sect409r1"),     // 1.3.132.0.37
    (b"\x2b\x81\x04\x00\x26", "sect571k1", "sect571k1"),     // 1.3.132.0.38
    (b"\x2b\x81\x04\x00\x27", "sect571r1", "sect571r1"),     // 1.3.132.0.39
    (
        b"\x2b\x81\x04\x01\x0b\x00",
        "dhSinglePass-stdDH-sha224kdf-scheme",
        "dhSinglePass-stdDH-sha224kdf-scheme",
    ), // 1.3.132.1.11.0
    (
        b"\x2b\x81\x04\x01\x0b\x01",
        "dhSinglePass-stdDH-sha256kdf-scheme",
        "dhSinglePass-stdDH-sha256kdf-scheme",
    ), // 1.3.132.1.11.1
    (
        b"\x2b\x81\x04\x01\x0b\x02",
        "dhSinglePass-stdDH-sha384kdf-scheme",
        "dhSinglePass-stdDH-sha384kdf-scheme",
    ), // 1.3.132.1.11.2
    (
        b"\x2b\x81\x04\x01\x0b\x03",
        "dhSinglePass-stdDH-sha512kdf-scheme",
        "dhSinglePass-stdDH-sha512kdf-scheme",
    ), // 1.3.132.1.11.3
    (
        b"\x2b\x81\x04\x01\x0e\x00",
        "dhSinglePass-cofactorDH-sha224kdf-scheme",
        "dhSinglePass-cofactorDH-sha224kdf-scheme",
    ), // 1.3.132.1.14.0
    (
        b"\x2b\x81\x04\x01\x0e\x01",
        "dhSinglePass-cofactorDH-sha256kdf-scheme",
        "dhSinglePass-cofactorDH-sha256kdf-scheme",
    ), // 1.3.132.1.14.1
    (
        b"\x2b\x81\x04\x01\x0e\x02",
        "dhSinglePass-cofactorDH-sha384kdf-scheme",
        "dhSinglePass-cofactorDH-sha384kdf-scheme",
    ), // 1.3.132.1.14.2
    (
        b"\x2b\x81\x04\x01\x0e\x03",
        "dhSinglePass-cofactorDH-sha512kdf-scheme",
        "dhSinglePass-cofactorDH-sha512kdf-scheme",
    ), // 1.3.132.1.14.3
    (
        b"\x2b\x81\x05\x10\x86\x48\x3f\x00\x02",
        "dhSinglePass-stdDH-sha1kdf-scheme",
        "dhSinglePass-stdDH-sha1kdf-scheme",
    ), // 1.3.133.16.840.63.0.2
    (
        b"\x2b\x81\x05\x10\x86\x48\x3f\x00\x03",
        "dhSinglePass-cofactorDH-sha1kdf-scheme",
        "dhSinglePass-cofactorDH-sha1kdf-scheme",
    ), // 1.3.133.16.840.63.0.3
    (b"\x55", "X500", "directory services (X.500)"),         // 2.5
    (
        b"\x55\x01\x05",
        "selected-attribute-types",
        "Selected Attribute Types",
    ), // 2.5.1.5
    (b"\x55\x01\x05\x37", "clearance", "clearance"),         // 2.5.1.5.55
    (b"\x55\x04", "X509", "X509"),                           // 2.5.4
    (b"\x55\x04\x03", "CN", "commonName"),                   // 2.5.4.3
    (b"\x55\x04\x04", "SN", "surname"),                      // 2.5.4.4
    (b"\x55\x04\x05", "serialNumber", "serialNumber"),       // 2.5.4.5
    (b"\x55\x04\x06", "C", "countryName"),                   // 2.5.4.6
    (b"\x55\x04\x07", "L", "localityName"),                  // 2.5.4.7
    (b"\x55\x04\x08", "ST", "stateOrProvinceName"),          // 2.5.4.8
    (b"\x55\x04\x09", "street", "streetAddress"),            // 2.5.4.9
    (b"\x55\x04\x0a", "O", "organizationName"),              // 2.5.4.10
    (b"\x55\x04\x0b", "OU", "organizationalUnitName"),       // 2.5.4.11
    (b"\x55\x04\x0c", "title", "title"),                     // 2.5.4.12
    (b"\x55\x04\x0d", "description", "description"),         // 2.5.4.13
    (b"\x55\x04\x0e", "searchGuide", "searchGuide"),         // 2.5.4.14
    (b"\x55\x04\x0f", "businessCategory", "businessCategory"), // 2.5.4.15
    (b"\x55\x04\x10", "postalAddress", "postalAddress"),     // 2.5.4.16
    (b"\x55\x04\x11", "postalCode", "postalCode"),           // 2.5.4.17
    (b"\x55\x04\x12", "postOfficeBox", "postOfficeBox"),     // 2.5.4.18
    (
        b"\x55\x04\x13",
        "physicalDeliveryOfficeName",
        "physicalDeliveryOfficeName",
    ), // 2.5.4.19
    (b"\x55\x04\x14", "telephoneNumber", "telephoneNumber"), // 2.5.4.20
    (b"\x55\x04\x15", "telexNumber", "telexNumber"),         // 2.5.4.21
    (
        b"\x55\x04\x16",
        "teletexTerminalIdentifier",
        "teletexTerminalIdentifier",
    ), // 2.5.4.22
    (
        b"\x55\x04\x17",
        "facsimileTelephoneNumber",
        "facsimileTelephoneNumber",
    ), // 2.5.4.23
    (b"\x55\x04\x18", "x121Address", "x121Address"),         // 2.5.4.24
    (
        b"\x55\x04\x19",
        "internationaliSDNNumber",
        "internationaliSDNNumber",
    ), // 2.5.4.25
    (b"\x55\x04\x1a", "registeredAddress", "registeredAddress"), // 2.5.4.26
    (
        b"\x55\x04\x1b",
        "destinationIndicator",
        "destinationIndicator",
    ), // 2.5.4.27
    (
        b"\x55\x04\x1c",
        "preferredDeliveryMethod",
        "preferredDeliveryMethod",
    ), // 2.5.4.28
    (
        b"\x55\x04\x1d",
        "presentationAddress",
        "presentationAddress",
    ), // 2.5.4.29
    (
        b"\x55\x04\x1e",
        "supportedApplicationContext",
        "supportedApplicationContext",
    ), // 2.5.4.30
    (b"\x55\x04\x1f", "member", "member"),                   // 2.5.4.31
    (b"\x55\x04\x20", "owner", "owner"),                     // 2.5.4.32
    (b"\x55\x04\x21", "roleOccupant", "roleOccupant"),       // 2.5.4.33
    (b"\x55\x04\x22", "seeAlso", "seeAlso"),                 // 2.5.4.34
    (b"\x55\x04\x23", "userPassword", "userPassword"),       // 2.5.4.35
    (b"\x55\x04\x24", "userCertificate", "userCertificate"), // 2.5.4.36
    (b"\x55\x04\x25", "cACertificate", "cACertificate"),     // 2.5.4.37
    (
        b"\x55\x04\x26",
        "authorityRevocationList",
        "authorityRevocationList",
    ), // 2.5.4.38
    (
        b"\x55\x04\x27",
        "certificateRevocationList",
        "certificateRevocationList",
    ), // 2.5.4.39
    (
        b"\x55\x04\x28",
        "crossCertificatePair",
        "crossCertificatePair",
    ), // 2.5.4.40
    (b"\x55\x04\x29", "name", "name"),                       // 2.5.4.41
    (b"\x55\x04\x2a", "GN", "givenName"),                    // 2.5.4.42
    (b"\x55\x04\x2b", "initials", "initials"),               // 2.5.4.43
    (
        b"\x55\x04\x2c",
        "generationQualifier",
        "generationQualifier",
    ), // 2.5.4.44
    (
        b"\x55\x04\x2d",
        "x500UniqueIdentifier",
        "x500UniqueIdentifier",
    ), // 2.5.4.45
    (b"\x55\x04\x2e", "dnQualifier", "dnQualifier"),         // 2.5.4.46
    (
        b"\x55\x04\x2f",
        "enhancedSearchGuide",
        "enhancedSearchGuide",
    ), // 2.5.4.47
    (
        b"\x55\x04\x30",
        "protocolInformation",
        "protocolInformation",
    ), // 2.5.4.48
    (b"\x55\x04\x31", "distinguishedName", "distinguishedName"), // 2.5.4.49
    (b"\x55\x04\x32", "uniqueMember", "uniqueMember"),       // 2.5.4.50
    (b"\x55\x04\x33", "houseIdentifier", "houseIdentifier"), // 2.5.4.51
    (
        b"\x55\x04\x34",
        "supportedAlgorithms",
        "supportedAlgorithms",
    ), // 2.5.4.52
    (
        b"\x55\x04\x35",
        "deltaRevocationList",
        "deltaRevocationList",
    ), // 2.5.4.53
    (b"\x55\x04\x36", "dmdName", "dmdName"),                 // 2.5.4.54
    (b"\x55\x04\x41", "pseudonym", "pseudonym"),             // 2.5.4.65
    (b"\x55\x04\x48", "role", "role"),                       // 2.5.4.72
    (
        b"\x55\x04\x61",
        "organizationIdentifier",
        "organizationIdentifier",
    ), // 2.5.4.97
    (b"\x55\x04\x62", "c3", "countryCode3c"),                // 2.5.4.98
    (b"\x55\x04\x63", "n3", "countryCode3n"),                // 2.5.4.99
    (b"\x55\x04\x64", "dnsName", "dnsName"),                 // 2.5.4.100
    (
        b"\x55\x08",
        "X500algorithms",
        "directory services - algorithms",
    ), // 2.5.8
    (b"\x55\x08\x01\x01", "RSA", "rsa"),                     // 2.5.8.1.1
    (b"\x55\x08\x03\x64", "RSA-MDC2", "mdc2WithRSA"),        // 2.5.8.3.100
    (b"\x55\x08\x03\x65", "MDC2", "mdc2"),                   // 2.5.8.3.101
    (b"\x55\x1d", "id-ce", "id-ce"),                         // 2.5.29
    (
        b"\x55\x1d\x09",
        "subjectDirectoryAttributes",
        "X509v3 Subject Directory Attributes",
    ), // 2.5.29.9
    (
        b"\x55\x1d\x0e",
        "subjectKeyIdentifier",
        "X509v3 Subject Key Identifier",
    ), // 2.5.29.14
    (b"\x55\x1d\x0f", "keyUsage", "X509v3 Key Usage"),       // 2.5.29.15
    (
        b"\x55\x1d\x10",
        "privateKeyUsagePeriod",
        "X509v3 Private Key Usage Period",
    ), // 2.5.29.16
    (
        b"\x55\x1d\x11",
        "subjectAltName",
        "X509v3 Subject Alternative Name",
    ), // 2.5.29.17
    (
        b"\x55\x1d\x12",
        "issuerAltName",
        "X509v3 Issuer Alternative Name",
    ), // 2.5.29.18
    (
        b"\x55\x1d\x13",
        "basicConstraints",
        "X509v3 Basic Constraints",
    ), // 2.5.29.19
    (b"\x55\x1d\x14", "crlNumber", "X509v3 CRL Number"),     // 2.5.29.20
    (b"\x55\x1d\x15", "CRLReason", "X509v3 CRL Reason Code"), // 2.5.29.21
    (
        b"\x55\x1d\x17",
        "holdInstructionCode",
        "Hold Instruction Code",
    ), // 2.5.29.23
    (b"\x55\x1d\x18", "invalidityDate", "Invalidity Date"),  // 2.5.29.24
    (b"\x55\x1d\x1b", "deltaCRL", "X509v3 Delta CRL Indicator"), // 2.5.29.27
    (
        b"\x55\x1d\x1c",
        "issuingDistributionPoint",
        "X509v3 Issuing Distribution Point",
    ), // 2.5.29.28
    (
        b"\x55\x1d\x1d",
        "certificateIssuer",
        "X509v3 Certificate Issuer",
    ), // 2.5.29.29
    (
        b"\x55\x1d\x1e",
        "nameConstraints",
        "X509v3 Name Constraints",
    ), // 2.5.29.30
    (
        b"\x55\x1d\x1f",
        "crlDistributionPoints",
        "X509v3 CRL Distribution Points",
    ), // 2.5.29.31
    (
        b"\x55\x1d\x20",
        "certificatePolicies",
        "X509v3 Certificate Policies",
    ), // 2.5.29.32
    (b"\x55\x1d\x20\x00", "anyPolicy", "X509v3 Any Policy"), // 2.5.29.32.0
    (b"\x55\x1d\x21", "policyMappings", "X509v3 Policy Mappings"), // 2.5.29.33
    (
        b"\x55\x1d\x23",
        "authorityKeyIdentifier",
        "X509v3 Authority Key Identifier",
    ), // 2.5.29.35
    (
        b"\x55\x1d\x24",
        "policyConstraints",
        "X509v3 Policy Constraints",
    ), // 2.5.29.36
    (
        b"\x55\x1d\x25",
        "extendedKeyUsage",
        "X509v3 Extended Key Usage",
    ), // 2.5.29.37
    (
        b"\x55\x1d\x25\x00",
        "anyExtendedKeyUsage",
        "Any Extended Key Usage",
    ), // 2.5.29.37.0
    (b"\x55\x1d\x2e", "freshestCRL", "X509v3 Freshest CRL"), // 2.5.29.46
    (
        b"\x55\x1d\x36",
        "inhibitAnyPolicy",
        "X509v3 Inhibit Any Policy",
    ), // 2.5.29.54
    (b"\x55\x1d\x37", "targetInformation", "X509v3 AC Targeting"), // 2.5.29.55
    (
        b"\x55\x1d\x38",
        "noRevAvail",
        "X509v3 No Revocation Available",
    ), // 2.5.29.56
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x01",
        "AES-128-ECB",
        "aes-128-ecb",
    ), // 2.16.840.1.101.3.4.1.1
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x02",
        "AES-128-CBC",
        "aes-128-cbc",
    ), // 2.16.840.1.101.3.4.1.2
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x03",
        "AES-128-OFB",
        "aes-128-ofb",
    ), // 2.16.840.1.101.3.4.1.3
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x04",
        "AES-128-CFB",
        "aes-128-cfb",
    ), // 2.16.840.1.101.3.4.1.4
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x05",
        "id-aes128-wrap",
        "id-aes128-wrap",
    ), // 2.16.840.1.101.3.4.1.5
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x06",
        "id-aes128-GCM",
        "aes-128-gcm",
    ), // 2.16.840.1.101.3.4.1.6
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x07",
        "id-aes128-CCM",
        "aes-128-ccm",
    ), // 2.16.840.1.101.3.4.1.7
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x08",
        "id-aes128-wrap-pad",
        "id-aes128-wrap-pad",
    ), // 2.16.840.1.101.3.4.1.8
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x15",
        "AES-192-ECB",
        "aes-192-ecb",
    ), // 2.16.840.1.101.3.4.1.21
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x16",
        "AES-192-CBC",
        "aes-192-cbc",
    ), // 2.16.840.1.101.3.4.1.22
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x17",
        "AES-192-OFB",
        "aes-192-ofb",
    ), // 2.16.840.1.101.3.4.1.23
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x18",
        "AES-192-CFB",
        "aes-192-cfb",
    ), // 2.16.840.1.101.3.4.1.24
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x19",
        "id-aes192-wrap",
        "id-aes192-wrap",
    ), // 2.16.840.1.101.3.4.1.25
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x1a",
        "id-aes192-GCM",
        "aes-192-gcm",
    ), // 2.16.840.1.101.3.4.1.26
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x1b",
        "id-aes192-CCM",
        "aes-192-ccm",
    ), // 2.16.840.1.101.3.4.1.27
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x1c",
        "id-aes192-wrap-pad",
        "id-aes192-wrap-pad",
    ), // 2.16.840.1.101.3.4.1.28
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x29",
        "AES-256-ECB",
        "aes-256-ecb",
    ), // 2.16.840.1.101.3.4.1.41
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x2a",
        "AES-256-CBC",
        "aes-256-cbc",
    ), // 2.16.840.1.101.3.4.1.42
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x2b",
        "AES-256-OFB",
        "aes-256-ofb",
    ), // 2.16.840.1.101.3.4.1.43
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x2c",
        "AES-256-CFB",
        "aes-256-cfb",
    ), // 2.16.840.1.101.3.4.1.44
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x2d",
        "id-aes256-wrap",
        "id-aes256-wrap",
    ), // 2.16.840.1.101.3.4.1.45
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x2e",
        "id-aes256-GCM",
        "aes-256-gcm",
    ), // 2.16.840.1.101.3.4.1.46
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x2f",
        "id-aes256-CCM",
        "aes-256-ccm",
    ), // 2.16.840.1.101.3.4.1.47
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x01\x30",
        "id-aes256-wrap-pad",
        "id-aes256-wrap-pad",
    ), // 2.16.840.1.101.3.4.1.48
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x01", "SHA256", "sha256"), // 2.16.840.1.101.3.4.2.1
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x02", "SHA384", "sha384"), // 2.16.840.1.101.3.4.2.2
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x03", "SHA512", "sha512"), // 2.16.840.1.101.3.4.2.3
    (b"\x60\x86\x48\x01\x65\x03\x04\x02\x04", "SHA224", "sha224"), // 2.16.840.1.101.3.4.2.4
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x02\x05",
        "SHA512-224",
        "sha512-224",
    ), // 2.16.840.1.101.3.4.2.5
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x02\x06",
        "SHA512-256",
        "sha512-256",
    ), // 2.16.840.1.101.3.4.2.6
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x02\x07",
        "SHA3-224",
        "sha3-224",
    ), // 2.16.840.1.101.3.4.2.7
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x02\x08",
        "SHA3-256",
        "sha3-256",
    ), // 2.16.840.1.101.3.4.2.8
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x02\x09",
        "SHA3-384",
        "sha3-384",
    ), // 2.16.840.1.101.3.4.2.9
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x02\x0a",
        "SHA3-512",
        "sha3-512",
    ), // 2.16.840.1.101.3.4.2.10
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x02\x0b",
        "SHAKE128",
        "shake128",
    ), // 2.16.840.1.101.3.4.2.11
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x02\x0c",
        "SHAKE256",
        "shake256",
    ), // 2.16.840.1.101.3.4.2.12
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x02\x0d",
        "id-hmacWithSHA3-224",
        "hmac-sha3-224",
    ), // 2.16.840.1.101.3.4.2.13
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x02\x0e",
        "id-hmacWithSHA3-256",
        "hmac-sha3-256",
    ), // 2.16.840.1.101.3.4.2.14
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x02\x0f",
        "id-hmacWithSHA3-384",
        "hmac-sha3-384",
    ), // 2.16.840.1.101.3.4.2.15
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x02\x10",
        "id-hmacWithSHA3-512",
        "hmac-sha3-512",
    ), // 2.16.840.1.101.3.4.2.16
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x01",
        "dsa_with_SHA224",
        "dsa_with_SHA224",
    ), // 2.16.840.1.101.3.4.3.1
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x02",
        "dsa_with_SHA256",
        "dsa_with_SHA256",
    ), // 2.16.840.1.101.3.4.3.2
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x03",
        "id-dsa-with-sha384",
        "dsa_with_SHA384",
    ), // 2.16.840.1.101.3.4.3.3
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x04",
        "id-dsa-with-sha512",
        "dsa_with_SHA512",
    ), // 2.16.840.1.101.3.4.3.4
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x05",
        "id-dsa-with-sha3-224",
        "dsa_with_SHA3-224",
    ), // 2.16.840.1.101.3.4.3.5
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x06",
        "id-dsa-with-sha3-256",
        "dsa_with_SHA3-256",
    ), // 2.16.840.1.101.3.4.3.6
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x07",
        "id-dsa-with-sha3-384",
        "dsa_with_SHA3-384",
    ), // 2.16.840.1.101.3.4.3.7
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x08",
        "id-dsa-with-sha3-512",
        "dsa_with_SHA3-512",
    ), // 2.16.840.1.101.3.4.3.8
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x09",
        "id-ecdsa-with-sha3-224",
        "ecdsa_with_SHA3-224",
    ), // 2.16.840.1.101.3.4.3.9
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x0a",
        "id-ecdsa-with-sha3-256",
        "ecdsa_with_SHA3-256",
    ), // 2.16.840.1.101.3.4.3.10
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x0b",
        "id-ecdsa-with-sha3-384",
        "ecdsa_with_SHA3-384",
    ), // 2.16.840.1.101.3.4.3.11
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x0c",
        "id-ecdsa-with-sha3-512",
        "ecdsa_with_SHA3-512",
    ), // 2.16.840.1.101.3.4.3.12
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x0d",
        "id-rsassa-pkcs1-v1_5-with-sha3-224",
        "RSA-SHA3-224",
    ), // 2.16.840.1.101.3.4.3.13
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x0e",
        "id-rsassa-pkcs1-v1_5-with-sha3-256",
        "RSA-SHA3-256",
    ), // 2.16.840.1.101.3.4.3.14
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x0f",
        "id-rsassa-pkcs1-v1_5-with-sha3-384",
        "RSA-SHA3-384",
    ), // 2.16.840.1.101.3.4.3.15
    (
        b"\x60\x86\x48\x01\x65\x03\x04\x03\x10",
        "id-rsassa-pkcs1-v1_5-with-sha3-512",
        "RSA-SHA3-512",
    ), // 2.16.840.1.101.3.4.3.16
    (
        b"\x60\x86\x48\x01\x86\xf8\x42",
        "Netscape",
        "Netscape Communications Corp.",
    ), // 2.16.840.1.113730
    (
        b"\x60\x86\x48\x01\x86\xf8\x42\x01",
        "nsCertExt",
        "Netscape Certificate Extension",
    ), // 2.16.840.1.113730.1
    (
        b"\x60\x86\x48\x01\x86\xf8\x42\x01\x01",
        "nsCertType",
        "Netscape Cert Type",
    ), // 2.16.840.1.113730.1.1
    (
        b"\x60\x86\x48\x01\x86\xf8\x42\x01\x02",
        "nsBaseUrl",
        "Netscape Base Url",
    ), // 2.16.840.1.113730.1.2
    (
        b"\x60\x86\x48\x01\x86\xf8\x42\x01\x03",
        "nsRevocationUrl",
        "Netscape Revocation Url",
    ), // 2.16.840.1.113730.1.3
    (
        b"\x60\x86\x48\x01\x86\xf8\x42\x01\x04",
        "nsCaRevocationUrl",
        "Netscape CA Revocation Url",
    ), // 2.16.840.1.113730.1.4
    (
        b"\x60\x86\x48\x01\x86\xf8\x42\x01\x07",
        "nsRenewalUrl",
        "Netscape Renewal Url",
    ), // 2.16.840.1.113730.1.7
    (
        b"\x60\x86\x48\x01\x86\xf8\x42\x01\x08",
        "nsCaPolicyUrl",
        "Netscape CA Policy Url",
    ), // 2.16.840.1.113730.1.8
    (
        b"\x60\x86\x48\x01\x86\xf8\x42\x01\x0c",
        "nsSslServerName",
        "Netscape SSL Server Name",
    ), // 2.16.840.1.113730.1.12
    (
        b"\x60\x86\x48\x01\x86\xf8\x42\x01\x0d",
        "nsComment",
        "Netscape Comment",
    ), // 2.16.840.1.113730.1.13
    (
        b"\x60\x86\x48\x01\x86\xf8\x42\x02",
        "nsDataType",
        "Netscape Data Type",
    ), // 2.16.840.1.113730.2
    (
        b"\x60\x86\x48\x01\x86\xf8\x42\x02\x05",
        "nsCertSequence",
        "Netscape Certificate Sequence",
    ), // 2.16.840.1.113730.2.5
    (
        b"\x60\x86\x48\x01\x86\xf8\x42\x04\x01",
        "nsSGC",
        "Netscape Server Gated Crypto",
    ), // 2.16.840.1.113730.4.1
    (
        b"\x67",
        "international-organizations",
        "International Organizations",
    ), // 2.23
    (b"\x67\x2a", "id-set", "Secure Electronic Transactions"), // 2.23.42
    (b"\x67\x2a\x00", "set-ctype", "content types"),         // 2.23.42.0
    (b"\x67\x2a\x00\x00", "setct-PANData", "setct-PANData"), // 2.23.42.0.0
    (b"\x67\x2a\x00\x01", "setct-PANToken", "setct-PANToken"), // 2.23.42.0.1
    (b"\x67\x2a\x00\x02", "setct-PANOnly", "setct-PANOnly"), // 2.23.42.0.2
    (b"\x67\x2a\x00\x03", "setct-OIData", "setct-OIData"),   // 2.23.42.0.3
    (b"\x67\x2a\x00\x04", "setct-PI", "setct-PI"),           // 2.23.42.0.4
    (b"\x67\x2a\x00\x05", "setct-PIData", "setct-PIData"),   // 2.23.42.0.5
    (
        b"\x67\x2a\x00\x06",
        "setct-PIDataUnsigned",
        "setct-PIDataUnsigned",
    ), // 2.23.42.0.6
    (b"\x67\x2a\x00\x07", "setct-HODInput", "setct-HODInput"), // 2.23.42.0.7
    (
        b"\x67\x2a\x00\x08",
        "setct-AuthResBaggage",
        "setct-AuthResBaggage",
    ), // 2.23.42.0.8
    (
        b"\x67\x2a\x00\x09",
        "setct-AuthRevReqBaggage",
        "setct-AuthRevReqBaggage",
    ), // 2.23.42.0.9
    (
        b"\x67\x2a\x00\x0a",
        "setct-AuthRevResBaggage",
        "setct-AuthRevResBaggage",
    ), // 2.23.42.0.10
    (
        b"\x67\x2a\x00\x0b",
        "setct-CapTokenSeq",
        "setct-CapTokenSeq",
    ), // 2.23.42.0.11
    (
        b"\x67\x2a\x00\x0c",
        "setct-PInitResData",
        "setct-PInitResData",
    ), // 2.23.42.0.12
    (b"\x67\x2a\x00\x0d", "setct-PI-TBS", "setct-PI-TBS"),   // 2.23.42.0.13
    (b"\x67\x2a\x00\x0e", "setct-PResData", "setct-PResData"), // 2.23.42.0.14
    (b"\x67\x2a\x00\x10", "setct-AuthReqTBS", "setct-AuthReqTBS"), // 2.23.42.0.16
    (b"\x67\x2a\x00\x11", "setct-AuthResTBS", "setct-AuthResTBS"), // 2.23.42.0.17
    (
        b"\x67\x2a\x00\x12",
        "setct-AuthResTBSX",
        "setct-AuthResTBSX",
    ), // 2.23.42.0.18
    (
        b"\x67\x2a\x00\x13",
        "setct-AuthTokenTBS",
        "setct-AuthTokenTBS",
    ), // 2.23.42.0.19
    (
        b"\x67\x2a\x00\x14",
        "setct-CapTokenData",
        "setct-CapTokenData",
    ), // 2.23.42.0.20
    (
        b"\x67\x2a\x00\x15",
        "setct-CapTokenTBS",
        "setct-CapTokenTBS",
    ), // 2.23.42.0.21
    (
        b"\x67\x2a\x00\x16",
        "setct-AcqCardCodeMsg",
        "setct-AcqCardCodeMsg",
    ), // 2.23.42.0.22
    (
        b"\x67\x2a\x00\x17",
        "setct-AuthRevReqTBS",
        "setct-AuthRevReqTBS",
    ), // 2.23.42.0.23
    (
        b"\x67\x2a\x00\x18",
        "setct-AuthRevResData",
        "setct-AuthRevResData",
    ), // 2.23.42.0.24
    (
        b"\x67\x2a\x00\x19",
        "setct-AuthRevResTBS",
        "setct-AuthRevResTBS",
    ), // 2.23.42.0.25
    (b"\x67\x2a\x00\x1a", "setct-CapReqTBS", "setct-CapReqTBS"), // 2.23.42.0.26
    (b"\x67\x2a\x00\x1b", "setct-CapReqTBSX", "setct-CapReqTBSX"), // 2.23.42.0.27
    (b"\x67\x2a\x00\x1c", "setct-CapResData", "setct-CapResData"), // 2.23.42.0.28
    (
        b"\x67\x2a\x00\x1d",
        "setct-CapRevReqTBS",
        "setct-CapRevReqTBS",
    ), // 2.23.42.0.29
    (
        b"\x67\x2a\x00\x1e",
        "setct-CapRevReqTBSX",
        "setct-CapRevReqTBSX",
    ), // 2.23.42.0.30
    (
        b"\x67\x2a\x00\x1f",
        "setct-CapRevResData",
        "setct-CapRevResData",
    ), // 2.23.42.0.31
    (b"\x67\x2a\x00\x20", "setct-CredReqTBS", "setct-CredReqTBS"), // 2.23.42.0.32
    (
        b"\x67\x2a\x00\x21",
        "setct-CredReqTBSX",
        "setct-CredReqTBSX",
    ), // 2.23.42.0.33
    (
        b"\x67\x2a\x00\x22",
        "setct-CredResData",
        "setct-CredResData",
    ), // 2.23.42.0.34
    (
        b"\x67\x2a\x00\x23",
        "setct-CredRevReqTBS",
        "setct-CredRevReqTBS",
    ), // 2.23.42.0.35
    (
        b"\x67\x2a\x00\x24",
        "setct-CredRevReqTBSX",
        "setct-CredRevReqTBSX",
    ), // 2.23.42.0.36
    (
        b"\x67\x2a\x00\x25",
        "setct-CredRevResData",
        "setct-CredRevResData",
    ), // 2.23.42.0.37
    (
        b"\x67\x2a\x00\x26",
        "setct-PCertReqData",
        "setct-PCertReqData",
    ), // 2.23.42.0.38
    (
        b"\x67\x2a\x00\x27",
        "setct-PCertResTBS",
        "setct-PCertResTBS",
    ), // 2.23.42.0.39
    (
        b"\x67\x2a\x00\x28",
        "setct-BatchAdminReqData",
        "setct-BatchAdminReqData",
    ), // 2.23.42.0.40
    (
        b"\x67\x2a\x00\x29",
        "setct-BatchAdminResData",
        "setct-BatchAdminResData",
    ), // 2.23.42.0.41
    (
        b"\x67\x2a\x00\x2a",
        "setct-CardCInitResTBS",
        "setct-CardCInitResTBS",
    ), // 2.23.42.0.42
    (
        b"\x67\x2a\x00\x2b",
        "setct-MeAqCInitResTBS",
        "setct-MeAqCInitResTBS",
    ), // 2.23.42.0.43
    (
        b"\x67\x2a\x00\x2c",
        "setct-RegFormResTBS",
        "setct-RegFormResTBS",
    ), // 2.23.42.0.44
    (
        b"\x67\x2a\x00\x2d",
        "setct-CertReqData",
        "setct-CertReqData",
    ), // 2.23.42.0.45
    (b"\x67\x2a\x00\x2e", "setct-CertReqTBS", "setct-CertReqTBS"), // 2.23.42.0.46
    (
        b"\x67\x2a\x00\x2f",
        "setct-CertResData",
        "setct-CertResData",
    ), // 2.23.42.0.47
    (
        b"\x67\x2a\x00\x30",
        "setct-CertInqReqTBS",
        "setct-CertInqReqTBS",
    ), // 2.23.42.0.48
    (b"\x67\x2a\x00\x31", "setct-ErrorTBS", "setct-ErrorTBS"), // 2.23.42.0.49
    (
        b"\x67\x2a\x00\x32",
        "setct-PIDualSignedTBE",
        "setct-PIDualSignedTBE",
    ), // 2.23.42.0.50
    (
        b"\x67\x2a\x00\x33",
        "setct-PIUnsignedTBE",
        "setct-PIUnsignedTBE",
    ), // 2.23.42.0.51
    (b"\x67\x2a\x00\x34", "setct-AuthReqTBE", "setct-AuthReqTBE"), // 2.23.42.0.52
    (b"\x67\x2a\x00\x35", "setct-AuthResTBE", "setct-AuthResTBE"), // 2.23.42.0.53
    (
        b"\x67\x2a\x00\x36",
        "setct-AuthResTBEX",
        "setct-AuthResTBEX",
    ), // 2.23.42.0.54
    (
        b"\x67\x2a\x00\x37",
        "setct-AuthTokenTBE",
        "setct-AuthTokenTBE",
    ), // 2.23.42.0.55
    (
        b"\x67\x2a\x00\x38",
        "setct-CapTokenTBE",
        "setct-CapTokenTBE",
    ), // 2.23.42.0.56
    (
        b"\x67\x2a\x00\x39",
        "setct-CapTokenTBEX",
        "setct-CapTokenTBEX",
    ), // 2.23.42.0.57
    (
        b"\x67\x2a\x00\x3a",
        "setct-AcqCardCodeMsgTBE",
        "setct-AcqCardCodeMsgTBE",
    ), // 2.23.42.0.58
    (
        b"\x67\x2a\x00\x3b",
        "setct-AuthRevReqTBE",
        "setct-AuthRevReqTBE",
    ), // 2.23.42.0.59
    (
        b"\x67\x2a\x00\x3c",
        "setct-AuthRevResTBE",
        "setct-AuthRevResTBE",
    ), // 2.23.42.0.60
    (
        b"\x67\x2a\x00\x3d",
        "setct-AuthRevResTBEB",
        "setct-AuthRevResTBEB",
    ), // 2.23.42.0.61
    (b"\x67\x2a\x00\x3e", "setct-CapReqTBE", "setct-CapReqTBE"), // 2.23.42.0.62
    (b"\x67\x2a\x00\x3f", "setct-CapReqTBEX", "setct-CapReqTBEX"), // 2.23.42.0.63
    (b"\x67\x2a\x00\x40", "setct-CapResTBE", "setct-CapResTBE"), // 2.23.42.0.64
    (
        b"\x67\x2a\x00\x41",
        "setct-CapRevReqTBE",
        "setct-CapRevReqTBE",
    ), // 2.23.42.0.65
    (
        b"\x67\x2a\x00\x42",
        "setct-CapRevReqTBEX",
        "setct-CapRevReqTBEX",
    ), // 2.23.42.0.66
    (
        b"\x67\x2a\x00\x43",
        "setct-CapRevResTBE",
        "setct-CapRevResTBE",
    ), // 2.23.42.0.67
    (b"\x67\x2a\x00\x44", "setct-CredReqTBE", "setct-CredReqTBE"), // 2.23.42.0.68
    (
        b"\x67\x2a\x00\x45",
        "setct-CredReqTBEX",
        "setct-CredReqTBEX",
    ), // 2.23.42.0.69
    (b"\x67\x2a\x00\x46", "setct-CredResTBE", "setct-CredResTBE"), // 2.23.42.0.70
    (
        b"\x67\x2a\x00\x47",
        "setct-CredRevReqTBE",
        "setct-CredRevReqTBE",
    ), // 2.23.42.0.71
    (
        b"\x67\x2a\x00\x48",
        "setct-CredRevReqTBEX",
        "setct-CredRevReqTBEX",
    ), // 2.23.42.0.72
    (
        b"\x67\x2a\x00\x49",
        "setct-CredRevResTBE",
        "setct-CredRevResTBE",
    ), // 2.23.42.0.73
    (
        b"\x67\x2a\x00\x4a",
        "setct-BatchAdminReqTBE",
        "setct-BatchAdminReqTBE",
    ), // 2.23.42.0.74
    (
        b"\x67\x2a\x00\x4b",
        "setct-BatchAdminResTBE",
        "setct-BatchAdminResTBE",
    ), // 2.23.42.0.75
    (
        b"\x67\x2a\x00\x4c",
        "setct-RegFormReqTBE",
        "setct-RegFormReqTBE",
    ), // 2.23.42.0.76
    (b"\x67\x2a\x00\x4d", "setct-CertReqTBE", "setct-CertReqTBE"), // 2.23.42.0.77
    (
        b"\x67\x2a\x00\x4e",
        "setct-CertReqTBEX",
        "setct-CertReqTBEX",
    ), // 2.23.42.0.78
    (b"\x67\x2a\x00\x4f", "setct-CertResTBE", "setct-CertResTBE"), // 2.23.42.0.79
    (
        b"\x67\x2a\x00\x50",
        "setct-CRLNotificationTBS",
        "setct-CRLNotificationTBS",
    ), // 2.23.42.0.80
    (
        b"\x67\x2a\x00\x51",
        "setct-CRLNotificationResTBS",
        "setct-CRLNotificationResTBS",
    ), // 2.23.42.0.81
    (
        b"\x67\x2a\x00\x52",
        "setct-BCIDistributionTBS",
        "setct-BCIDistributionTBS",
    ), // 2.23.42.0.82
    (b"\x67\x2a\x01", "set-msgExt", "message extensions"),   // 2.23.42.1
    (b"\x67\x2a\x01\x01", "setext-genCrypt", "generic cryptogram"), // 2.23.42.1.1
    (
        b"\x67\x2a\x01\x03",
        "setext-miAuth",
        "merchant initiated auth",
    ), // 2.23.42.1.3
    (b"\x67\x2a\x01\x04", "setext-pinSecure", "setext-pinSecure"), // 2.23.42.1.4
    (b"\x67\x2a\x01\x05", "setext-pinAny", "setext-pinAny"), // 2.23.42.1.5
    (b"\x67\x2a\x01\x07", "setext-track2", "setext-track2"), // 2.23.42.1.7
    (b"\x67\x2a\x01\x08", "setext-cv", "additional verification"), // 2.23.42.1.8
    (b"\x67\x2a\x03", "set-attr", "set-attr"),               // 2.23.42.3
    (b"\x67\x2a\x03\x00", "setAttr-Cert", "setAttr-Cert"),   // 2.23.42.3.0
    (
        b"\x67\x2a\x03\x00\x00",
        "set-rootKeyThumb",
        "set-rootKeyThumb",
    ), // 2.23.42.3.0.0
    (b"\x67\x2a\x03\x00\x01", "set-addPolicy", "set-addPolicy"), // 2.23.42.3.0.1
    (
        b"\x67\x2a\x03\x01",
        "setAttr-PGWYcap",
        "payment gateway capabilities",
    ), // 2.23.42.3.1
    (
        b"\x67\x2a\x03\x02",
        "setAttr-TokenType",
        "setAttr-TokenType",
    ), // 2.23.42.3.2
    (
        b"\x67\x2a\x03\x02\x01",
        "setAttr-Token-EMV",
        "setAttr-Token-EMV",
    ), // 2.23.42.3.2.1
    (
        b"\x67\x2a\x03\x02\x02",
        "setAttr-Token-B0Prime",
        "setAttr-Token-B0Prime",
    ), // 2.23.42.3.2.2
    (b"\x67\x2a\x03\x03", "setAttr-IssCap", "issuer capabilities"), // 2.23.42.3.3
    (
        b"\x67\x2a\x03\x03\x03",
        "setAttr-IssCap-CVM",
        "setAttr-IssCap-CVM",
    ), // 2.23.42.3.3.3
    (
        b"\x67\x2a\x03\x03\x03\x01",
        "setAttr-GenCryptgrm",
        "generate cryptogram",
    ), // 2.23.42.3.3.3.1
    (
        b"\x67\x2a\x03\x03\x04",
        "setAttr-IssCap-T2",
        "setAttr-IssCap-T2",
    ), // 2.23.42.3.3.4
    (
        b"\x67\x2a\x03\x03\x04\x01",
        "setAttr-T2Enc",
        "encrypted track 2",
    ), // 2.23.42.3.3.4.1
    (
        b"\x67\x2a\x03\x03\x04\x02",
        "setAttr-T2cleartxt",
        "cleartext track 2",
    ), // 2.23.42.3.3.4.2
    (
        b"\x67\x2a\x03\x03\x05",
        "setAttr-IssCap-Sig",
        "setAttr-IssCap-Sig",
    ), // 2.23.42.3.3.5
    (
        b"\x67\x2a\x03\x03\x05\x01",
        "setAttr-TokICCsig",
        "ICC or token signature",
    ), // 2.23.42.3.3.5.1
    (
        b"\x67\x2a\x03\x03\x05\x02",
        "setAttr-SecDevSig",
        "secure device signature",
    ), // 2.23.42.3.3.5.2
    (b"\x67\x2a\x05", "set-policy", "set-policy"),           // 2.23.42.5
    (b"\x67\x2a\x05\x00", "set-policy-root", "set-policy-root"), // 2.23.42.5.0
    (b"\x67\x2a\x07", "set-certExt", "certificate extensions"), // 2.23.42.7
    (
        b"\x67\x2a\x07\x00",
        "setCext-hashedRoot",
        "setCext-hashedRoot",
    ), // 2.23.42.7.0
    (b"\x67\x2a\x07\x01", "setCext-certType", "setCext-certType"), // 2.23.42.7.1
    (
        b"\x67\x2a\x07\x02",
        "setCext-merchData",
        "setCext-merchData",
    ), // 2.23.42.7.2
    (
        b"\x67\x2a\x07\x03",
        "setCext-cCertRequired",
        "setCext-cCertRequired",
    ), // 2.23.42.7.3
    (
        b"\x67\x2a\x07\x04",
        "setCext-tunneling",
        "setCext-tunneling",
    ), // 2.23.42.7.4
    (b"\x67\x2a\x07\x05", "setCext-setExt", "setCext-setExt"), // 2.23.42.7.5
    (b"\x67\x2a\x07\x06", "setCext-setQualf", "setCext-setQualf"), // 2.23.42.7.6
    (
        b"\x67\x2a\x07\x07",
        "setCext-PGWYcapabilities",
        "setCext-PGWYcapabilities",
    ), // 2.23.42.7.7
    (
        b"\x67\x2a\x07\x08",
        "setCext-TokenIdentifier",
        "setCext-TokenIdentifier",
    ), // 2.23.42.7.8
    (
        b"\x67\x2a\x07\x09",
        "setCext-Track2Data",
        "setCext-Track2Data",
    ), // 2.23.42.7.9
    (
        b"\x67\x2a\x07\x0a",
        "setCext-TokenType",
        "setCext-TokenType",
    ), // 2.23.42.7.10
    (
        b"\x67\x2a\x07\x0b",
        "setCext-IssuerCapabilities",
        "setCext-IssuerCapabilities",
    ), // 2.23.42.7.11
    (b"\x67\x2a\x08", "set-brand", "set-brand"),             // 2.23.42.8
    (
        b"\x67\x2a\x08\x01",
        "set-brand-IATA-ATA",
        "set-brand-IATA-ATA",
    ), // 2.23.42.8.1
    (b"\x67\x2a\x08\x04", "set-brand-Visa", "set-brand-Visa"), // 2.23.42.8.4
    (
        b"\x67\x2a\x08\x05",
        "set-brand-MasterCard",
        "set-brand-MasterCard",
    ), // 2.23.42.8.5
    (b"\x67\x2a\x08\x1e", "set-brand-Diners", "set-brand-Diners"), // 2.23.42.8.30
    (
        b"\x67\x2a\x08\x22",
        "set-brand-AmericanExpress",
        "set-brand-AmericanExpress",
    ), // 2.23.42.8.34
    (b"\x67\x2a\x08\x23", "set-brand-JCB", "set-brand-JCB"), // 2.23.42.8.35
    (
        b"\x67\x2a\x08\xae\x7b",
        "set-brand-Novus",
        "set-brand-Novus",
    ), // 2.23.42.8.6011
    (b"\x67\x2b", "wap", "wap"),                             // 2.23.43
    (b"\x67\x2b\x01", "wap-wsg", "wap-wsg"),                 // 2.23.43.1
    (
        b"\x67\x2b\x01\x04\x01",
        "wap-wsg-idm-ecid-wtls1",
        "wap-wsg-idm-ecid-wtls1",
    ), // 2.23.43.1.4.1
    (
        b"\x67\x2b\x01\x04\x03",
        "wap-wsg-idm-ecid-wtls3",
        "wap-wsg-idm-ecid-wtls3",
    ), // 2.23.43.1.4.3
    (
        b"\x67\x2b\x01\x04\x04",
        "wap-wsg-idm-ecid-wtls4",
        "wap-wsg-idm-ecid-wtls4",
    ), // 2.23.43.1.4.4
    (
        b"\x67\x2b\x01\x04\x05",
        "wap-wsg-idm-ecid-wtls5",
        "wap-wsg-idm-ecid-wtls5",
    ), // 2.23.43.1.4.5
    (
        b"\x67\x2b\x01\x04\x06",
        "wap-wsg-idm-ecid-wtls6",
        "wap-wsg-idm-ecid-wtls6",
    ), // 2.23.43.1.4.6
    (
        b"\x67\x2b\x01\x04\x07",
        "wap-wsg-idm-ecid-wtls7",
        "wap-wsg-idm-ecid-wtls7",
    ), // 2.23.43.1.4.7
    (
        b"\x67\x2b\x01\x04\x08",
        "wap-wsg-idm-ecid-wtls8",
        "wap-wsg-idm-ecid-wtls8",
    ), // 2.23.43.1.4.8
    (
        b"\x67\x2b\x01\x04\x09",
        "wap-wsg-idm-ecid-wtls9",
        "wap-wsg-idm-ecid-wtls9",
    ), // 2.23.43.1.4.9
    (
        b"\x67\x2b\x01\x04\x0a",
        "wap-wsg-idm-ecid-wtls10",
        "wap-wsg-idm-ecid-wtls10",
    ), // 2.23.43.1.4.10
    (
        b"\x67\x2b\x01\x04\x0b",
        "wap-wsg-idm-ecid-wtls11",
        "wap-wsg-idm-ecid-wtls11",
    ), // 2.23.43.1.4.11
    (
        b"\x67\x2b\x01\x04\x0c",
        "wap-wsg-idm-ecid-wtls12",
        "wap-wsg-idm-ecid-wtls12",
    ), // 2.23.43.1.4.12
];
