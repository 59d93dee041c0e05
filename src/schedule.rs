//! Races: scheduling decisions that depend on real timing, and the enumeration of every
//! output real Node can produce.
//!
//! A run asks the `Choices` oracle whenever real Node's behaviour depends on how much time
//! passed (for example, whether a 1 ms timer is already due when the loop first looks at it).
//! A default run answers with the outcome Node shows most often; `all_orderings` re-runs the
//! program depth-first over every sequence of answers, de-duplicating the outputs.

use std::cell::RefCell;

/// One decision point met during a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoicePoint {
    pub options: usize,
    pub chosen: usize,
}

/// The oracle for a single run: answers come from a prescribed prefix, then the defaults.
#[derive(Debug, Default)]
pub struct Choices {
    prescribed: Vec<usize>,
    made: RefCell<Vec<ChoicePoint>>,
    /// Past this many decisions every answer is the default, which bounds the search.
    max_points: usize,
}

impl Choices {
    pub fn new(prescribed: Vec<usize>, max_points: usize) -> Self {
        Choices {
            prescribed,
            made: RefCell::new(Vec::new()),
            max_points,
        }
    }

    /// Decide among `options` outcomes; `default` is what Node usually does.
    pub fn choose(&self, options: usize, default: usize) -> usize {
        let mut made = self.made.borrow_mut();
        let index = made.len();
        if index >= self.max_points {
            return default;
        }
        let chosen = self
            .prescribed
            .get(index)
            .copied()
            .filter(|&c| c < options)
            .unwrap_or(default);
        made.push(ChoicePoint { options, chosen });
        chosen
    }

    /// Every decision this run made, in order.
    pub fn made(&self) -> Vec<ChoicePoint> {
        self.made.borrow().clone()
    }
}

/// The prefixes still to explore after a run that made `made` decisions under `prescribed`:
/// for every decision past the prescribed prefix, each option other than the one taken.
pub fn next_prefixes(prescribed: &[usize], made: &[ChoicePoint]) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    for depth in prescribed.len()..made.len() {
        for option in 0..made[depth].options {
            if option != made[depth].chosen {
                let mut prefix: Vec<usize> = made[..depth].iter().map(|c| c.chosen).collect();
                prefix.push(option);
                out.push(prefix);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explores_every_combination_once() {
        // A program with two binary decisions has four schedules.
        let mut seen = Vec::new();
        let mut stack = vec![Vec::new()];
        while let Some(prefix) = stack.pop() {
            let choices = Choices::new(prefix.clone(), 10);
            let a = choices.choose(2, 0);
            let b = choices.choose(2, 1);
            seen.push((a, b));
            stack.extend(next_prefixes(&prefix, &choices.made()));
        }
        seen.sort();
        assert_eq!(seen, vec![(0, 0), (0, 1), (1, 0), (1, 1)]);
    }

    #[test]
    fn beyond_the_bound_answers_default() {
        let choices = Choices::new(vec![], 1);
        assert_eq!(choices.choose(2, 1), 1);
        assert_eq!(choices.choose(2, 0), 0);
        assert_eq!(choices.made().len(), 1);
    }
}
