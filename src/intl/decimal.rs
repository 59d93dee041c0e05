//! Exact decimal numbers and ECMA-402's rounding: what ICU's `DecimalQuantity` does with a
//! value before it is laid out. A double enters as its shortest round-trip decimal (as ICU's
//! double-conversion gives it), so `1.005` rounds to `1.01` at two digits, not `1.00`.

/// `0.d1d2...dn × 10^point`, digits without leading or trailing zeros (none for zero).
#[derive(Clone, Debug, PartialEq)]
pub struct Decimal {
    pub negative: bool,
    pub digits: Vec<u8>,
    pub point: i32,
}

/// ECMA-402's rounding modes (`roundingMode`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mode {
    Ceil,
    Floor,
    Expand,
    Trunc,
    HalfCeil,
    HalfFloor,
    HalfExpand,
    HalfTrunc,
    HalfEven,
}

impl Mode {
    pub fn parse(name: &str) -> Mode {
        match name {
            "ceil" => Mode::Ceil,
            "floor" => Mode::Floor,
            "expand" => Mode::Expand,
            "trunc" => Mode::Trunc,
            "halfCeil" => Mode::HalfCeil,
            "halfFloor" => Mode::HalfFloor,
            "halfTrunc" => Mode::HalfTrunc,
            "halfEven" => Mode::HalfEven,
            _ => Mode::HalfExpand,
        }
    }
}

impl Decimal {
    pub fn zero(negative: bool) -> Decimal {
        Decimal {
            negative,
            digits: Vec::new(),
            point: 0,
        }
    }

    /// A finite double as its shortest round-trip decimal.
    pub fn from_f64(x: f64) -> Decimal {
        if x == 0.0 {
            return Decimal::zero(x.is_sign_negative());
        }
        Decimal::parse(&format!("{:e}", x)).unwrap_or_else(|| Decimal::zero(false))
    }

    /// A decimal literal (`-12.5e3`, `.5`, `0012`): the exact value, or None.
    pub fn parse(text: &str) -> Option<Decimal> {
        let text = text.trim();
        let (negative, rest) = match text.as_bytes().first() {
            Some(b'-') => (true, &text[1..]),
            Some(b'+') => (false, &text[1..]),
            _ => (false, text),
        };
        let (mantissa, exponent) = match rest.find(['e', 'E']) {
            Some(i) => (&rest[..i], rest[i + 1..].parse::<i32>().ok()?),
            None => (rest, 0),
        };
        let (int, frac) = match mantissa.find('.') {
            Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
            None => (mantissa, ""),
        };
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        if !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
        let point = int.len() as i32 + exponent;
        Some(Decimal::normalized(negative, digits, point))
    }

    pub(super) fn normalized(negative: bool, mut digits: Vec<u8>, mut point: i32) -> Decimal {
        let lead = digits.iter().take_while(|&&d| d == 0).count();
        digits.drain(..lead);
        point -= lead as i32;
        while digits.last() == Some(&0) {
            digits.pop();
        }
        if digits.is_empty() {
            point = 0;
        }
        Decimal {
            negative,
            digits,
            point,
        }
    }

    pub fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    /// The power of ten of the first digit (`1234` is 3), 0 for zero.
    pub fn magnitude(&self) -> i32 {
        if self.is_zero() { 0 } else { self.point - 1 }
    }

    /// Multiply by `10^n`.
    pub fn shift(&mut self, n: i32) {
        if !self.is_zero() {
            self.point += n;
        }
    }

    /// Round to a multiple of `10^position` (a position of -2 keeps two fraction digits).
    pub fn round_at(&mut self, position: i32, mode: Mode) {
        if self.is_zero() {
            return;
        }
        // How many of the digits are kept.
        let keep = self.point - position;
        if keep >= self.digits.len() as i32 {
            return;
        }
        let (first_dropped, rest_nonzero, last_kept_odd) = if keep < 0 {
            (0, true, false)
        } else {
            let k = keep as usize;
            let first = self.digits[k];
            let rest = self.digits[k + 1..].iter().any(|&d| d != 0);
            let odd = k > 0 && self.digits[k - 1] % 2 == 1;
            (first, rest, odd)
        };
        let any = first_dropped != 0 || rest_nonzero;
        let above_half = first_dropped > 5 || (first_dropped == 5 && rest_nonzero);
        let half = first_dropped == 5 && !rest_nonzero;
        let up = match mode {
            Mode::Ceil => any && !self.negative,
            Mode::Floor => any && self.negative,
            Mode::Expand => any,
            Mode::Trunc => false,
            Mode::HalfExpand => above_half || half,
            Mode::HalfTrunc => above_half,
            Mode::HalfEven => above_half || (half && last_kept_odd),
            Mode::HalfCeil => above_half || (half && !self.negative),
            Mode::HalfFloor => above_half || (half && self.negative),
        };
        let mut digits: Vec<u8> = if keep <= 0 {
            Vec::new()
        } else {
            self.digits[..keep as usize].to_vec()
        };
        let mut point = self.point;
        if keep < 0 {
            point = position;
        }
        if up {
            if digits.is_empty() {
                digits.push(1);
                point = position + 1;
            } else {
                let mut i = digits.len();
                loop {
                    if i == 0 {
                        digits.insert(0, 1);
                        point += 1;
                        break;
                    }
                    i -= 1;
                    if digits[i] == 9 {
                        digits[i] = 0;
                    } else {
                        digits[i] += 1;
                        break;
                    }
                }
            }
        }
        *self = Decimal::normalized(self.negative, digits, point);
    }

    /// Round to `count` significant digits.
    pub fn round_significant(&mut self, count: i32, mode: Mode) {
        if !self.is_zero() {
            self.round_at(self.point - count, mode);
        }
    }

    /// How many fraction digits the value has.
    pub fn fraction_len(&self) -> i32 {
        (self.digits.len() as i32 - self.point).max(0)
    }

    /// The integer digits (at least `min` of them, zero-padded) and the fraction digits (at
    /// least `min_fraction`, zero-padded).
    pub fn layout(&self, min_integer: i32, min_fraction: i32) -> (String, String) {
        let digit = |i: i32| -> char {
            if i >= 0 && (i as usize) < self.digits.len() {
                (b'0' + self.digits[i as usize]) as char
            } else {
                '0'
            }
        };
        let int_len = self.point.max(min_integer).max(1);
        let integer: String = (0..int_len)
            .map(|k| digit(self.point - int_len + k))
            .collect();
        let frac_len = self.fraction_len().max(min_fraction);
        let fraction: String = (0..frac_len).map(|k| digit(self.point + k)).collect();
        (integer, fraction)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rounded(x: f64, position: i32, mode: Mode) -> (String, String) {
        let mut d = Decimal::from_f64(x);
        d.round_at(position, mode);
        d.layout(1, 0)
    }

    #[test]
    fn rounds_the_shortest_decimal_half_expand() {
        assert_eq!(
            rounded(1.005, -2, Mode::HalfExpand),
            ("1".into(), "01".into())
        );
        assert_eq!(rounded(2.5, 0, Mode::HalfExpand), ("3".into(), "".into()));
        assert_eq!(rounded(2.5, 0, Mode::HalfEven), ("2".into(), "".into()));
        assert_eq!(
            rounded(999.96, -1, Mode::HalfExpand),
            ("1000".into(), "".into())
        );
        assert_eq!(
            rounded(0.0004, -3, Mode::HalfExpand),
            ("0".into(), "".into())
        );
        assert_eq!(
            rounded(0.0006, -3, Mode::HalfExpand),
            ("0".into(), "001".into())
        );
        assert_eq!(
            rounded(1234.5678, -3, Mode::HalfExpand),
            ("1234".into(), "568".into())
        );
    }

    #[test]
    fn parses_literals() {
        let d = Decimal::parse("-0012.50e1").unwrap();
        assert!(d.negative);
        assert_eq!(d.layout(1, 0), ("125".into(), "".into()));
        assert!(Decimal::parse("1.2.3").is_none());
        assert_eq!(Decimal::from_f64(1e21).layout(1, 0).0.len(), 22);
    }
}
