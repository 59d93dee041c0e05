//! How zlib-rs is driven to give the bytes of the zlib Node 20 bundles (Chromium's fork):
//! which zlib-rs level compresses as Node's level does, and the header bytes that name the
//! level (the zlib header's FLEVEL, the gzip header's XFL), which must name Node's level.

/// The zlib-rs level whose output is Node's at `level` (-1 is Node's default, 6). Found by
/// comparing both on short texts, source files and the corpus's `bigfile.txt`: zlib-rs follows
/// zlib-ng, whose levels 1-6 use other match finders (quick, medium), while Chromium's zlib
/// levels 5-9 match zlib-rs's lazy levels 7 and 8 (on inputs up to a few KiB, and on
/// `bigfile.txt`), level 4 matches zlib-rs's 3, and levels 1-3 match zlib-rs's 2 on some
/// inputs only.
pub fn engine_level(level: i32) -> i32 {
    match level {
        0 => 0,
        1..=3 => 2,
        4 => 3,
        8 | 9 => 8,
        _ => 7,
    }
}

/// Node's level as zlib records it (-1 means 6).
fn node_level(level: i32) -> i32 {
    if level == -1 { 6 } else { level }
}

/// deflate.c's FLEVEL of the zlib header for `level` and `strategy`.
fn zlib_level_flags(level: i32, strategy: i32) -> u8 {
    let level = node_level(level);
    if strategy >= 2 || level < 2 {
        0
    } else if level < 6 {
        1
    } else if level == 6 {
        2
    } else {
        3
    }
}

/// deflate.c's XFL of the gzip header for `level` and `strategy`.
fn gzip_extra_flags(level: i32, strategy: i32) -> u8 {
    let level = node_level(level);
    if level == 9 {
        2
    } else if strategy >= 2 || level < 2 {
        4
    } else {
        0
    }
}

/// Rewrites the level bytes of a stream header at the start of `out` (the first output of a
/// stream): a zlib header's FLEVEL (keeping its FDICT bit, with the check bits recomputed) or a
/// gzip header's XFL.
pub fn fix_header(out: &mut [u8], gzip: bool, level: i32, strategy: i32) {
    if gzip {
        if out.len() >= 10 {
            out[8] = gzip_extra_flags(level, strategy);
        }
    } else if out.len() >= 2 {
        let cmf = u16::from(out[0]);
        let mut flg = (zlib_level_flags(level, strategy) << 6) | (out[1] & 0x20);
        let rest = ((cmf << 8) | u16::from(flg)) % 31;
        if rest != 0 {
            flg += (31 - rest) as u8;
        }
        out[1] = flg;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zlib_headers_name_the_level_as_node_does() {
        // node -p "zlib.deflateSync('x', { level }).subarray(0, 2).toString('hex')"
        for (level, header) in [
            (-1, [0x78, 0x9c]),
            (1, [0x78, 0x01]),
            (9, [0x78, 0xda]),
            (4, [0x78, 0x5e]),
        ] {
            let mut out = [0x78, 0xda];
            fix_header(&mut out, false, level, 0);
            assert_eq!(out, header, "level {level}");
        }
    }

    #[test]
    fn gzip_headers_name_the_level_as_node_does() {
        let mut out = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3];
        fix_header(&mut out, true, 9, 0);
        assert_eq!(out[8], 2);
        fix_header(&mut out, true, 1, 0);
        assert_eq!(out[8], 4);
        fix_header(&mut out, true, -1, 0);
        assert_eq!(out[8], 0);
    }
}
