//! `Math.pow` and the `**` operator with V8's digits.
//!
//! V8 (11.3, Node 20) computes both with `base::ieee754::pow`, fdlibm's `e_pow.c`, which is
//! not correctly rounded: `10 ** -5` is `0.000009999999999999999` and `1.1 ** 10` is
//! `2.5937424601000023`, where Boa's `powf`/`powi` (libm) give `0.00001` and
//! `2.593742460100002`, and `2 ** -1074` underflows to 0 through `powi`. So the algorithm is
//! ported here, step for step (the same splittings of words and the same constants, so the
//! same roundings), and `Math.pow` is replaced by it. Boa's `**` is a bytecode operator, so
//! `instrument.rs` rewrites each `a ** b` and `a **= b` of the user's code into a call of
//! `POW_NAME`, and of code compiled from strings: a direct `eval`'s code through
//! `eval_source`, a `new Function` body in `fn_source.rs`'s constructor wrapper.
//!
//! The algorithm is fdlibm's (Copyright (C) 1993 by Sun Microsystems, Inc. All rights
//! reserved. Developed at SunSoft, a Sun Microsystems, Inc. business. Permission to use,
//! copy, modify, and distribute this software is freely granted, provided that this notice is
//! preserved.)

use boa_engine::value::Numeric;
use boa_engine::{Context, JsResult, JsValue};

/// The global each rewritten `a ** b` calls (non-enumerable).
pub const POW_NAME: &str = "__looplab_pow";

/// The high 32 bits of `x`'s representation, signed (fdlibm's `GET_HIGH_WORD`).
fn high(x: f64) -> i32 {
    (x.to_bits() >> 32) as u32 as i32
}

/// The low 32 bits of `x`'s representation.
fn low(x: f64) -> u32 {
    x.to_bits() as u32
}

/// `x` with its low word replaced.
fn with_low(x: f64, word: u32) -> f64 {
    f64::from_bits((x.to_bits() & 0xFFFF_FFFF_0000_0000) | u64::from(word))
}

/// `x` with its high word replaced.
fn with_high(x: f64, word: i32) -> f64 {
    f64::from_bits((u64::from(word as u32) << 32) | (x.to_bits() & 0xFFFF_FFFF))
}

/// `x * 2^n`, rounded once (for a subnormal result, the only case pow needs).
fn scalbn(mut x: f64, mut n: i32) -> f64 {
    let two = |e: i32| f64::from_bits(((0x3ff + e) as u64) << 52);
    if n > 1023 {
        x *= two(1023);
        n -= 1023;
        if n > 1023 {
            x *= two(1023);
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        // Scale by 2^-969 (keeps x normal, exact) so the last product rounds once.
        x *= two(-1022) * two(53);
        n += 1022 - 53;
        if n < -1022 {
            x *= two(-1022) * two(53);
            n = (n + 1022 - 53).max(-1022);
        }
    }
    x * two(n)
}

/// `x ** y` as V8's `base::ieee754::pow` (fdlibm's e_pow.c) computes it.
#[allow(clippy::excessive_precision, clippy::float_cmp)]
pub fn pow(x: f64, y: f64) -> f64 {
    const BP: [f64; 2] = [1.0, 1.5];
    const DP_H: [f64; 2] = [0.0, 5.84962487220764160156e-01];
    const DP_L: [f64; 2] = [0.0, 1.35003920212974897128e-08];
    const TWO53: f64 = 9007199254740992.0;
    const HUGE: f64 = 1.0e300;
    const TINY: f64 = 1.0e-300;
    // Coefficients of (3/2)*(log(x)-2s-2/3*s**3).
    const L1: f64 = 5.99999999999994648725e-01;
    const L2: f64 = 4.28571428578550184252e-01;
    const L3: f64 = 3.33333329818377432918e-01;
    const L4: f64 = 2.72728123808534006489e-01;
    const L5: f64 = 2.30660745775561754067e-01;
    const L6: f64 = 2.06975017800338417784e-01;
    const P1: f64 = 1.66666666666666019037e-01;
    const P2: f64 = -2.77777777770155933842e-03;
    const P3: f64 = 6.61375632143793436117e-05;
    const P4: f64 = -1.65339022054652515390e-06;
    const P5: f64 = 4.13813679705723846039e-08;
    const LG2: f64 = std::f64::consts::LN_2;
    const LG2_H: f64 = 6.93147182464599609375e-01;
    const LG2_L: f64 = -1.90465429995776804525e-09;
    const OVT: f64 = 8.0085662595372944372e-17;
    const CP: f64 = 9.61796693925975554329e-01;
    const CP_H: f64 = 9.61796700954437255859e-01;
    const CP_L: f64 = -7.02846165095275826516e-09;
    const IVLN2: f64 = std::f64::consts::LOG2_E;
    const IVLN2_H: f64 = 1.44269502162933349609e+00;
    const IVLN2_L: f64 = 1.92596299112661746887e-08;

    let (hx, lx) = (high(x), low(x));
    let (hy, ly) = (high(y), low(y));
    let mut ix = hx & 0x7fff_ffff;
    let iy = hy & 0x7fff_ffff;

    // x ** ±0 is 1, even for a NaN x.
    if (iy as u32 | ly) == 0 {
        return 1.0;
    }
    if ix > 0x7ff0_0000 || (ix == 0x7ff0_0000 && lx != 0) || iy > 0x7ff0_0000 {
        return x + y;
    }
    if iy == 0x7ff0_0000 && ly != 0 {
        return x + y;
    }

    // For a negative x: 0 when y is not an integer, 1 when odd, 2 when even.
    let mut y_is_int = 0;
    if hx < 0 {
        if iy >= 0x4340_0000 {
            y_is_int = 2;
        } else if iy >= 0x3ff0_0000 {
            let k = (iy >> 20) - 0x3ff;
            if k > 20 {
                let j = ly >> (52 - k);
                if (j << (52 - k)) == ly {
                    y_is_int = 2 - (j & 1) as i32;
                }
            } else if ly == 0 {
                let j = iy >> (20 - k);
                if (j << (20 - k)) == iy {
                    y_is_int = 2 - (j & 1);
                }
            }
        }
    }

    if ly == 0 {
        if iy == 0x7ff0_0000 {
            // y is ±Infinity.
            if ((ix - 0x3ff0_0000) as u32 | lx) == 0 {
                return f64::NAN; // (±1) ** ±Infinity
            } else if ix >= 0x3ff0_0000 {
                return if hy >= 0 { y } else { 0.0 };
            } else {
                return if hy < 0 { -y } else { 0.0 };
            }
        }
        if iy == 0x3ff0_0000 {
            return if hy < 0 { 1.0 / x } else { x };
        }
        if hy == 0x4000_0000 {
            return x * x;
        }
        if hy == 0x3fe0_0000 && hx >= 0 {
            return x.sqrt();
        }
    }

    let mut ax = x.abs();
    if lx == 0 && (ix == 0x7ff0_0000 || ix == 0 || ix == 0x3ff0_0000) {
        // x is ±0, ±Infinity or ±1.
        let mut z = ax;
        if hy < 0 {
            z = 1.0 / z;
        }
        if hx < 0 {
            if ((ix - 0x3ff0_0000) | y_is_int) == 0 {
                z = f64::NAN; // (-1) ** non-integer
            } else if y_is_int == 1 {
                z = -z;
            }
        }
        return z;
    }

    let mut n: i32 = (hx >> 31) + 1;
    if (n | y_is_int) == 0 {
        return f64::NAN; // (negative) ** non-integer
    }
    let sign = if (n | (y_is_int - 1)) == 0 { -1.0 } else { 1.0 };

    // log2(|x|) as t1 + t2, t1 with its low word cleared.
    let (t1, t2);
    if iy > 0x41e0_0000 {
        // |y| > 2^31.
        if iy > 0x43f0_0000 {
            if ix <= 0x3fef_ffff {
                return if hy < 0 { HUGE * HUGE } else { TINY * TINY };
            }
            if ix >= 0x3ff0_0000 {
                return if hy > 0 { HUGE * HUGE } else { TINY * TINY };
            }
        }
        if ix < 0x3fef_ffff {
            return if hy < 0 {
                sign * HUGE * HUGE
            } else {
                sign * TINY * TINY
            };
        }
        if ix > 0x3ff0_0000 {
            return if hy > 0 {
                sign * HUGE * HUGE
            } else {
                sign * TINY * TINY
            };
        }
        // |1 - x| <= 2^-20: log(x) by its series.
        let t = ax - 1.0;
        let w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
        let u = IVLN2_H * t;
        let v = t * IVLN2_L - w * IVLN2;
        t1 = with_low(u + v, 0);
        t2 = v - (t1 - u);
    } else {
        n = 0;
        if ix < 0x0010_0000 {
            // A subnormal x.
            ax *= TWO53;
            n -= 53;
            ix = high(ax);
        }
        n += (ix >> 20) - 0x3ff;
        let j = ix & 0x000f_ffff;
        ix = j | 0x3ff0_0000;
        let k: usize = if j <= 0x3988e {
            0 // |x| < sqrt(3/2)
        } else if j < 0xbb67a {
            1 // |x| < sqrt(3)
        } else {
            n += 1;
            ix -= 0x0010_0000;
            0
        };
        ax = with_high(ax, ix);

        // ss = s_h + s_l = (x - 1) / (x + 1) or (x - 1.5) / (x + 1.5).
        let u = ax - BP[k];
        let v = 1.0 / (ax + BP[k]);
        let ss = u * v;
        let s_h = with_low(ss, 0);
        let t_h = with_high(
            0.0,
            ((ix >> 1) | 0x2000_0000) + 0x0008_0000 + ((k as i32) << 18),
        );
        let t_l = ax - (t_h - BP[k]);
        let s_l = v * ((u - s_h * t_h) - s_h * t_l);
        // log(ax).
        let mut s2 = ss * ss;
        let mut r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
        r += s_l * (s_h + ss);
        s2 = s_h * s_h;
        let t_h = with_low(3.0 + s2 + r, 0);
        let t_l = r - ((t_h - 3.0) - s2);
        let u = s_h * t_h;
        let v = s_l * t_h + t_l * ss;
        // 2 / (3 log 2) * (ss + ...).
        let p_h = with_low(u + v, 0);
        let p_l = v - (p_h - u);
        let z_h = CP_H * p_h;
        let z_l = CP_L * p_h + p_l * CP + DP_L[k];
        let t = f64::from(n);
        t1 = with_low(((z_h + z_l) + DP_H[k]) + t, 0);
        t2 = z_l - (((t1 - t) - DP_H[k]) - z_h);
    }

    // (y1 + y2) * (t1 + t2), y1 with its low word cleared.
    let y1 = with_low(y, 0);
    let p_l = (y - y1) * t1 + y * t2;
    let mut p_h = y1 * t1;
    let z = p_l + p_h;
    let j = high(z);
    let i = low(z);
    if j >= 0x4090_0000 {
        // z >= 1024.
        if ((j - 0x4090_0000) as u32 | i) != 0 || p_l + OVT > z - p_h {
            return sign * HUGE * HUGE;
        }
    } else if (j & 0x7fff_ffff) >= 0x4090_cc00 {
        // z <= -1075.
        if ((j as u32).wrapping_sub(0xc090_cc00) | i) != 0 || p_l <= z - p_h {
            return sign * TINY * TINY;
        }
    }

    // 2 ** (p_h + p_l).
    let i = j & 0x7fff_ffff;
    let mut k = (i >> 20) - 0x3ff;
    let mut n: i32 = 0;
    if i > 0x3fe0_0000 {
        // |z| > 0.5: n = [z + 0.5].
        n = j.wrapping_add(0x0010_0000 >> (k + 1));
        k = ((n & 0x7fff_ffff) >> 20) - 0x3ff;
        let t = with_high(0.0, n & !(0x000f_ffff >> k));
        n = ((n & 0x000f_ffff) | 0x0010_0000) >> (20 - k);
        if j < 0 {
            n = -n;
        }
        p_h -= t;
    }
    let t = with_low(p_l + p_h, 0);
    let u = t * LG2_H;
    let v = (p_l - (t - p_h)) * LG2 + t * LG2_L;
    let mut z = u + v;
    let w = v - (z - u);
    let t = z * z;
    let t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    let r = (z * t1) / ((t1 - 2.0) - (w + z * w));
    z = 1.0 - (r - z);
    let shifted = high(z).wrapping_add(((n as u32) << 20) as i32);
    if (shifted >> 20) <= 0 {
        z = scalbn(z, n); // a subnormal result
    } else {
        z = with_high(z, shifted);
    }
    sign * z
}

/// `Math.pow(base, exponent)`: both converted in order, then V8's pow.
fn math_pow(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let x = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_number(context)?;
    let y = args
        .get(1)
        .cloned()
        .unwrap_or_default()
        .to_number(context)?;
    Ok(pow(x, y).into())
}

/// The rewritten `a ** b`: both operands converted in order as the operator does (ToNumeric),
/// numbers through V8's pow, BigInts and mixed operands through Boa's operator (its result
/// and its TypeError), now on primitives, so no conversion runs twice.
/// `__looplab_eval_source(code)`: a direct `eval`'s argument, its `**` rewritten when it is
/// a string (any other value is what eval returns as is).
pub fn eval_source(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let code = args.first().cloned().unwrap_or_default();
    let Some(text) = code.as_string() else {
        return Ok(code);
    };
    // A string with lone surrogates is left as it is: its text would not survive the trip.
    let Ok(source) = text.to_std_string() else {
        return Ok(code);
    };
    Ok(
        crate::instrument::pow_only(&source, false).map_or(code, |rewritten| {
            boa_engine::JsString::from(rewritten.as_str()).into()
        }),
    )
}

pub fn operator(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let a = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_numeric(context)?;
    let b = args
        .get(1)
        .cloned()
        .unwrap_or_default()
        .to_numeric(context)?;
    match (a, b) {
        (Numeric::Number(x), Numeric::Number(y)) => Ok(pow(x, y).into()),
        (a, b) => JsValue::from(a).pow(&JsValue::from(b), context),
    }
}

/// Replace `Math.pow` (same name and length, before `v8_key_order` reads the keys).
pub fn install(context: &mut Context) -> JsResult<()> {
    let math = context.intrinsics().objects().math();
    let function = boa_engine::object::FunctionObjectBuilder::new(
        context.realm(),
        boa_engine::NativeFunction::from_fn_ptr(math_pow),
    )
    .name(boa_engine::js_string!("pow"))
    .length(2)
    .build();
    crate::bindings::define_hidden(&math, boa_engine::js_string!("pow"), function, context)
}

#[cfg(test)]
mod tests {
    use super::pow;

    // Each expected value recorded from node 20 (`Math.pow` and `**` agree there).
    #[test]
    fn v8_digits() {
        assert_eq!(pow(10.0, -5.0), 0.000009999999999999999);
        assert_eq!(pow(10.0, -4.0), 0.00009999999999999999);
        assert_eq!(pow(1.1, 10.0), 2.5937424601000023);
        assert_eq!(pow(10.0, 23.0), 1e23);
        assert_eq!(pow(3.0, -6.0), 0.0013717421124828533);
        assert_eq!(pow(1.5, -6.0), 0.08779149519890261);
        assert_eq!(pow(0.1, -3.0), 999.9999999999999);
        assert_eq!(pow(2.0, -1074.0), 5e-324);
        assert_eq!(pow(10.0, -323.0), 1e-323);
        assert_eq!(pow(2.5, 3.7), 29.67413253642086);
        assert!(pow(-8.0, 1.0 / 3.0).is_nan());
        assert!(pow(1.0, f64::INFINITY).is_nan());
        assert_eq!(pow(f64::NAN, 0.0), 1.0);
        assert_eq!(pow(-0.0, -3.0), f64::NEG_INFINITY);
        assert_eq!(pow(-2.0, 3.0), -8.0);
    }
}
