//! The share box: the link (snippet, mode and predict flag) in an input, selected for copying.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub url: String,
}

#[function_component(ShareBox)]
pub fn share_box(props: &ShareProps) -> Html {
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        {
            input.select();
        }
    });
    html! {
        <div class="share" role="status">
            <label>
                <span class="field-label">{ "Link (copied to the clipboard)" }</span>
                <input data-testid="share-url" type="text" readonly=true value={props.url.clone()}
                    onfocus={select_all} aria-label="Share link" />
            </label>
        </div>
    }
}
