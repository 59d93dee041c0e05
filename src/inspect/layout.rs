//! Line breaking: Node's `reduceToSingleString`, `isBelowBreakLength` and
//! `groupArrayElements` (aligned columns for arrays of more than six items).

use super::formatter::{Ctx, Extras};
use super::options::Compact;
use super::strings::{js_len, pad_end, pad_start, remove_colors, string_width};

impl Ctx<'_> {
    /// Node: `isBelowBreakLength` — entries (plus a comma and space each, plus
    /// `start`) fit in `breakLength`, and `base` has no newline.
    fn is_below_break_length(&self, output: &[String], start: usize, base: &str) -> bool {
        let mut total = (output.len() + start) as f64;
        if total + output.len() as f64 > self.o.break_length {
            return false;
        }
        for o in output {
            total += if self.o.colors {
                js_len(&remove_colors(o))
            } else {
                js_len(o)
            } as f64;
            if total > self.o.break_length {
                return false;
            }
        }
        base.is_empty() || !base.contains('\n')
    }

    /// Node: `reduceToSingleString`.
    ///
    /// compact mode N (default 3): entries are combined on a single line when
    /// the object holds at most N inner levels (`ctx.currentDepth -
    /// recurseTimes < compact`), the output was not grouped into columns, and
    /// `output.length + indentation + braces[0].length + base.length + 10`
    /// plus the entries fits `breakLength`. Otherwise one entry per line.
    /// compact `true`: the legacy mode (first entry on the brace's line).
    pub(super) fn reduce_to_single_string(
        &mut self,
        mut output: Vec<String>,
        base: &str,
        braces: (&str, &str),
        extras: Extras,
        recurse_times: usize,
        value: Option<&dyn Fn(usize) -> bool>,
    ) -> String {
        let base_sp = if base.is_empty() {
            String::new()
        } else {
            format!("{base} ")
        };
        match self.o.compact {
            Compact::Levels(compact) => {
                if compact >= 1 {
                    let entries = output.len();
                    // Node: group array elements when there are more than six.
                    if extras == Extras::ArrayExtras && entries > 6 {
                        output = self.group_array_elements(output, value);
                    }
                    if (self.current_depth as i64 - recurse_times as i64) < compact as i64
                        && entries == output.len()
                    {
                        let start = output.len()
                            + self.indentation_lvl
                            + js_len(braces.0)
                            + js_len(base)
                            + 10;
                        if self.is_below_break_length(&output, start, base) {
                            let joined = output.join(", ");
                            if !joined.contains('\n') {
                                return format!("{base_sp}{} {joined} {}", braces.0, braces.1);
                            }
                        }
                    }
                }
                // Node: line up each entry on an individual line.
                let indentation = format!("\n{}", " ".repeat(self.indentation_lvl));
                format!(
                    "{base_sp}{}{indentation}  {}{indentation}{}",
                    braces.0,
                    output.join(&format!(",{indentation}  ")),
                    braces.1
                )
            }
            Compact::Always => {
                let base_pre = if base.is_empty() {
                    String::new()
                } else {
                    format!(" {base}")
                };
                if self.is_below_break_length(&output, 0, base) {
                    return format!("{}{base_pre} {} {}", braces.0, output.join(", "), braces.1);
                }
                let indentation = " ".repeat(self.indentation_lvl);
                // Node: a long opening brace (e.g. `Set {`) forces the first
                // entry onto the next line so the entries line up.
                let ln = if base.is_empty() && js_len(braces.0) == 1 {
                    " ".to_string()
                } else {
                    format!("{base_pre}\n{indentation}  ")
                };
                format!(
                    "{}{ln}{} {}",
                    braces.0,
                    output.join(&format!(",\n{indentation}  ")),
                    braces.1
                )
            }
        }
    }

    /// Node: `groupArrayElements` — lay short entries out in aligned columns.
    /// approxCharHeights 2.5, averageBias sqrt(actualMax - totalLength /
    /// entries), biasedMax max(actualMax - 3 - averageBias, 1), columns =
    /// min(round(sqrt(2.5 * biasedMax * entries) / biasedMax),
    /// floor((breakLength - indentation) / actualMax), compact * 4, 15).
    /// Numbers and bigints are padded at the start, anything else at the end.
    fn group_array_elements(
        &self,
        output: Vec<String>,
        value: Option<&dyn Fn(usize) -> bool>,
    ) -> Vec<String> {
        let mut total_length = 0usize;
        let mut max_length = 0usize;
        let mut output_length = output.len();
        // Node: the "... more items" entry does not take part.
        if self.o.max_array_length < output.len() {
            output_length -= 1;
        }
        let separator_space = 2;
        let mut data_len = Vec::with_capacity(output_length);
        for o in &output[..output_length] {
            let len = string_width(o, self.o.colors);
            data_len.push(len);
            total_length += len + separator_space;
            max_length = max_length.max(len);
        }
        let actual_max = max_length + separator_space;
        let indentation = self.indentation_lvl as f64;
        if (actual_max * 3) as f64 + indentation < self.o.break_length
            && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)
        {
            let approx_char_heights = 2.5;
            let average_bias =
                (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
            let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
            if biased_max.is_nan() {
                return output;
            }
            let compact = match self.o.compact {
                Compact::Levels(n) => n as f64,
                Compact::Always => 0.0,
            };
            let columns = js_round(
                (approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max,
            )
            .min(((self.o.break_length - indentation) / actual_max as f64).floor())
            .min(compact * 4.0)
            .min(15.0);
            if columns.is_nan() || columns <= 1.0 {
                return output;
            }
            let columns = columns as usize;
            let mut max_line_length = Vec::with_capacity(columns);
            for i in 0..columns {
                let mut line_max = 0;
                let mut j = i;
                while j < output.len() {
                    if let Some(&d) = data_len.get(j) {
                        line_max = line_max.max(d);
                    }
                    j += columns;
                }
                max_line_length.push(line_max + separator_space);
            }
            let pad_numbers = match value {
                None => true,
                Some(is_num) => (0..output.len()).all(is_num),
            };
            let mut tmp = Vec::new();
            let mut i = 0;
            while i < output_length {
                let max = (i + columns).min(output_length);
                let mut line = String::new();
                let mut j = i;
                while j < max - 1 {
                    let padding =
                        (max_line_length[j - i] + js_len(&output[j])).saturating_sub(data_len[j]);
                    let cell = format!("{}, ", output[j]);
                    line.push_str(&if pad_numbers {
                        pad_start(&cell, padding)
                    } else {
                        pad_end(&cell, padding)
                    });
                    j += 1;
                }
                if pad_numbers {
                    let padding = (max_line_length[j - i] + js_len(&output[j]))
                        .saturating_sub(data_len[j])
                        .saturating_sub(separator_space);
                    line.push_str(&pad_start(&output[j], padding));
                } else {
                    line.push_str(&output[j]);
                }
                tmp.push(line);
                i += columns;
            }
            if self.o.max_array_length < output.len() {
                tmp.push(output[output_length].clone());
            }
            return tmp;
        }
        output
    }
}

/// JS `Math.round`.
fn js_round(x: f64) -> f64 {
    (x + 0.5).floor()
}
