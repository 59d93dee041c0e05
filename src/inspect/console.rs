//! Pure text helpers of Node's console: `console.table`'s box drawing
//! (`internal/cli_table`), group indentation, `console.assert`'s prefix.

use super::strings::string_width;

/// Node: `kWriteToConsole` — prefix every line with the group indentation
/// (`console.group` adds `groupIndentation`, 2 spaces by default). The
/// trailing newline is not included.
pub fn indent_for_group(text: &str, group_indent: usize) -> String {
    if group_indent == 0 {
        return text.to_string();
    }
    let pad = " ".repeat(group_indent);
    format!("{pad}{}", text.replace('\n', &format!("\n{pad}")))
}

/// Node: `console.assert(false, ...args)` replaces `args[0]` with this text
/// (`Assertion failed` alone without arguments) before formatting them like
/// `console.warn`. Pass the first argument already turned into text: Node
/// builds `` `Assertion failed: ${args[0]}` `` (a template literal: `String()`).
pub fn assertion_message(first: Option<&str>) -> String {
    match first {
        None => "Assertion failed".to_string(),
        Some(s) => format!("Assertion failed: {s}"),
    }
}

/// Node: `internal/cli_table` — renders `console.table` output (without the
/// trailing newline). `head`: column titles (`(index)`, keys…, `Values`);
/// `columns[i][row]`: already-inspected cell text, `None` for an empty cell.
/// Cells are inspected by the runtime with
/// [`InspectOptions::for_console_table`](super::InspectOptions::for_console_table);
/// the `(index)` column holds the keys as they are (strings unquoted, indices
/// inspected as numbers), and `(iteration index)` is used for Maps/Sets.
pub fn render_table(head: &[String], columns: &[Vec<Option<String>>]) -> String {
    let longest = columns.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths: Vec<usize> = head.iter().map(|h| string_width(h, true)).collect();
    widths.resize(head.len().max(columns.len()), 0);
    let mut rows: Vec<Vec<&str>> = vec![Vec::new(); longest];
    for (i, width) in widths.iter_mut().enumerate().take(head.len()) {
        let column = columns.get(i);
        for (j, row) in rows.iter_mut().enumerate() {
            let value = column
                .and_then(|c| c.get(j))
                .and_then(|c| c.as_deref())
                .unwrap_or("");
            row.push(value);
            *width = (*width).max(string_width(value, true));
        }
    }
    let divider: Vec<String> = widths
        .iter()
        .take(head.len())
        .map(|w| "─".repeat(w + 2))
        .collect();
    let render_row = |row: &[&str]| -> String {
        let mut out = String::from("│ ");
        for (i, cell) in row.iter().enumerate() {
            let needed = widths[i].saturating_sub(string_width(cell, true));
            out.push_str(cell);
            out.push_str(&" ".repeat(needed));
            if i != row.len() - 1 {
                out.push_str(" │ ");
            }
        }
        out.push_str(" │");
        out
    };
    let head_row: Vec<&str> = head.iter().map(String::as_str).collect();
    let mut result = format!(
        "┌{}┐\n{}\n├{}┤\n",
        divider.join("┬"),
        render_row(&head_row),
        divider.join("┼")
    );
    for row in &rows {
        result.push_str(&render_row(row));
        result.push('\n');
    }
    result.push_str(&format!("└{}┘", divider.join("┴")));
    result
}
