//! The site's navigation: the playground, the tutorial and the quiz (plain fragment links:
//! the app follows `hashchange`).

use yew::prelude::*;

use crate::web::route::Route;

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub route: Route,
}

#[function_component(Nav)]
pub fn nav(props: &NavProps) -> Html {
    let section = match props.route {
        Route::Playground => 0,
        Route::Lessons | Route::Lesson(_) => 1,
        Route::Quiz | Route::Question(_) => 2,
    };
    let item = |index: usize, href: &'static str, text: &'static str, testid: &'static str| {
        let current = (index == section).then_some("page");
        html! {
            <a {href} data-testid={testid} aria-current={current}
                class={classes!("nav-link", current.map(|_| "current"))}>{ text }</a>
        }
    };
    html! {
        <nav class="site-nav" aria-label="Sections">
            { item(0, "#", "Playground", "nav-playground") }
            { item(1, "#learn", "Learn", "nav-learn") }
            { item(2, "#quiz", "Quiz", "nav-quiz") }
        </nav>
    }
}
