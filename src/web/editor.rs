//! The code editor component: CodeMirror 6 (bundled from npm into `LooplabEditor`, see
//! `www/editor/`), created once; the app pushes replaced code and the highlighted line to it.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = LooplabEditor, js_name = create)]
    fn cm_create(
        parent: &web_sys::Element,
        doc: &str,
        on_change: &js_sys::Function,
        on_run: &js_sys::Function,
    ) -> JsValue;
    #[wasm_bindgen(js_namespace = LooplabEditor, js_name = setValue)]
    fn cm_set_value(view: &JsValue, text: &str);
    #[wasm_bindgen(js_namespace = LooplabEditor, js_name = markLine)]
    fn cm_mark_line(view: &JsValue, line: u32);
}

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub code: String,
    /// Changes when `code` was replaced from outside (an example, a link).
    pub code_rev: u32,
    /// The line to highlight (0: none).
    pub mark_line: u32,
    pub on_change: Callback<String>,
    /// Ctrl/Cmd+Enter.
    pub on_run: Callback<()>,
}

struct Handles {
    view: JsValue,
    _on_change: Closure<dyn FnMut(String)>,
    _on_run: Closure<dyn FnMut()>,
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let parent = use_node_ref();
    let handles: Rc<RefCell<Option<Handles>>> = use_mut_ref(|| None);
    // The latest callbacks, read by the editor's listeners (created once).
    let callbacks = use_mut_ref(|| (props.on_change.clone(), props.on_run.clone()));
    *callbacks.borrow_mut() = (props.on_change.clone(), props.on_run.clone());

    {
        let parent = parent.clone();
        let handles = handles.clone();
        let code = props.code.clone();
        use_effect_with((), move |_| {
            if let Some(element) = parent.cast::<web_sys::Element>() {
                let cbs = callbacks.clone();
                let on_change = Closure::<dyn FnMut(String)>::new(move |text: String| {
                    let cb = cbs.borrow().0.clone();
                    cb.emit(text);
                });
                let cbs = callbacks.clone();
                let on_run = Closure::<dyn FnMut()>::new(move || {
                    let cb = cbs.borrow().1.clone();
                    cb.emit(());
                });
                let view = cm_create(
                    &element,
                    &code,
                    on_change.as_ref().unchecked_ref(),
                    on_run.as_ref().unchecked_ref(),
                );
                *handles.borrow_mut() = Some(Handles {
                    view,
                    _on_change: on_change,
                    _on_run: on_run,
                });
            }
        });
    }
    {
        let handles = handles.clone();
        let code = props.code.clone();
        use_effect_with(props.code_rev, move |_| {
            if let Some(h) = handles.borrow().as_ref() {
                cm_set_value(&h.view, &code);
            }
        });
    }
    use_effect_with(props.mark_line, move |line| {
        if let Some(h) = handles.borrow().as_ref() {
            cm_mark_line(&h.view, *line);
        }
    });

    html! { <div class="editor" ref={parent}></div> }
}
