//! `Intl.Segmenter`'s boundaries: graphemes, words and sentences as Unicode's UAX #29
//! finds them (the `unicode-segmentation` crate), where V8 asks ICU's break iterators. ICU's
//! dictionaries for scripts written without spaces (Chinese, Japanese, Thai) are not
//! modelled: such text breaks as UAX #29 says (each ideograph a word).

use unicode_segmentation::UnicodeSegmentation;

/// One segment: where it starts, in UTF-16 code units (a JavaScript string's index), and
/// whether ICU's word rules would give it a word status (letters, numbers, kana, ideographs)
/// rather than `UBRK_WORD_NONE` (spaces, punctuation, symbols, emoji).
#[derive(Debug, PartialEq)]
pub struct Segment {
    pub start: usize,
    pub word_like: bool,
}

/// The segments of `text` for a granularity ("grapheme", "word" or "sentence"; anything
/// else is taken as "grapheme", which intl.js never passes).
pub fn segments(text: &str, granularity: &str) -> Vec<Segment> {
    let pieces: Vec<(usize, &str)> = match granularity {
        "word" => text.split_word_bound_indices().collect(),
        "sentence" => text.split_sentence_bound_indices().collect(),
        _ => text.grapheme_indices(true).collect(),
    };
    // Byte offsets become UTF-16 offsets, counted as the pieces go by (they are in order).
    let mut utf16 = 0;
    let mut byte = 0;
    pieces
        .into_iter()
        .map(|(start, piece)| {
            utf16 += text[byte..start].encode_utf16().count();
            byte = start;
            Segment {
                start: utf16,
                word_like: piece.chars().any(char::is_alphanumeric),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(text: &str, granularity: &str) -> Vec<(usize, bool)> {
        segments(text, granularity)
            .into_iter()
            .map(|s| (s.start, s.word_like))
            .collect()
    }

    #[test]
    fn graphemes_count_utf16_units() {
        // "e" + combining acute, a family emoji (ZWJ sequence, 8 units), a flag (4 units).
        let text = "e\u{301}\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{1F1F3}\u{1F1F4}x";
        let got: Vec<usize> = starts(text, "grapheme").iter().map(|s| s.0).collect();
        assert_eq!(got, vec![0, 2, 10, 14]);
    }

    #[test]
    fn words_keep_apostrophes_and_numbers() {
        let got = starts("can't 3.14!", "word");
        assert_eq!(got, vec![(0, true), (5, false), (6, true), (10, false)]);
    }

    #[test]
    fn sentences_end_after_their_spaces() {
        let got: Vec<usize> = starts("Hi there. How are you? Fine!", "sentence")
            .iter()
            .map(|s| s.0)
            .collect();
        assert_eq!(got, vec![0, 10, 23]);
    }
}
