//! The natives behind `src/js/url.js`: WHATWG URL parsing, the component setters and
//! `application/x-www-form-urlencoded`, delegated to the `url` crate (Node delegates the same
//! work to ada in C++). A URL crosses to JavaScript as an array of its components in
//! [`COMPONENTS`] order; JavaScript keeps that array and hands `href` back for each setter.

use crate::native_args::arg;
use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue, js_string};
use url::{Url, quirks};

/// The order of the components in the array a parse or a setter returns (url.js reads it).
pub const COMPONENTS: [&str; 11] = [
    "href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname",
    "search", "hash",
];

/// A JavaScript string as a USVString: lone surrogates become U+FFFD, as WebIDL converts.
fn usv(value: &JsValue, context: &mut Context) -> JsResult<String> {
    Ok(value.to_string(context)?.to_std_string_lossy())
}

fn components(url: &Url, context: &mut Context) -> JsValue {
    let parts = [
        quirks::href(url).to_owned(),
        quirks::origin(url),
        quirks::protocol(url).to_owned(),
        quirks::username(url).to_owned(),
        quirks::password(url).to_owned(),
        quirks::host(url).to_owned(),
        quirks::hostname(url).to_owned(),
        quirks::port(url).to_owned(),
        quirks::pathname(url).to_owned(),
        quirks::search(url).to_owned(),
        quirks::hash(url).to_owned(),
    ];
    JsArray::from_iter(
        parts
            .iter()
            .map(|p| JsValue::from(JsString::from(p.as_str()))),
        context,
    )
    .into()
}

/// Parse `input` against an optional `base` (both already strings or undefined).
fn parse_with_base(input: &str, base: Option<&str>) -> Option<Url> {
    match base {
        None => Url::parse(input).ok(),
        Some(base) => {
            let base = Url::parse(base).ok()?;
            Url::options().base_url(Some(&base)).parse(input).ok()
        }
    }
}

fn base_arg(args: &[JsValue], context: &mut Context) -> JsResult<Option<String>> {
    let base = arg(args, 1);
    if base.is_undefined() {
        Ok(None)
    } else {
        usv(&base, context).map(Some)
    }
}

/// `parse(input, base?)`: the components, or `null` when either does not parse.
fn parse(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let input = usv(&arg(args, 0), context)?;
    let base = base_arg(args, context)?;
    Ok(match parse_with_base(&input, base.as_deref()) {
        Some(url) => components(&url, context),
        None => JsValue::null(),
    })
}

/// `set(href, field, value)`: the components after the setter of `field`; a value the setter
/// rejects leaves the URL as it was (the WHATWG setters fail silently), except `href`, whose
/// failure is `null` (Node throws `ERR_INVALID_URL` for it).
fn set(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let href = usv(&arg(args, 0), context)?;
    let field = usv(&arg(args, 1), context)?;
    let value = usv(&arg(args, 2), context)?;
    let Ok(mut url) = Url::parse(&href) else {
        return Ok(JsValue::null());
    };
    match field.as_str() {
        "href" if quirks::set_href(&mut url, &value).is_err() => return Ok(JsValue::null()),
        "protocol" => {
            let _ = quirks::set_protocol(&mut url, &value);
        }
        "username" => {
            let _ = quirks::set_username(&mut url, &value);
        }
        "password" => {
            let _ = quirks::set_password(&mut url, &value);
        }
        "host" => {
            let _ = quirks::set_host(&mut url, &value);
        }
        "hostname" => {
            let _ = quirks::set_hostname(&mut url, &value);
        }
        "port" => {
            let _ = quirks::set_port(&mut url, &value);
        }
        "pathname" => quirks::set_pathname(&mut url, &value),
        "search" => quirks::set_search(&mut url, &value),
        "hash" => quirks::set_hash(&mut url, &value),
        _ => {}
    }
    Ok(components(&url, context))
}

/// `formParse(query)`: the name/value pairs of an urlencoded string, flattened.
fn form_parse(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let query = usv(&arg(args, 0), context)?;
    let mut flat = Vec::new();
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        flat.push(JsValue::from(JsString::from(name.as_ref())));
        flat.push(JsValue::from(JsString::from(value.as_ref())));
    }
    Ok(JsArray::from_iter(flat, context).into())
}

/// `formSerialize(pairs)`: a flattened list of names and values, urlencoded.
fn form_serialize(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let list = arg(args, 0);
    let Some(list) = list.as_object() else {
        return Ok(js_string!("").into());
    };
    let length = list
        .get(js_string!("length"), context)?
        .to_length(context)?;
    let mut serializer = url::form_urlencoded::Serializer::new(String::new());
    let mut i = 0;
    while i + 1 < length {
        let name = usv(&list.get(i, context)?, context)?;
        let value = usv(&list.get(i + 1, context)?, context)?;
        serializer.append_pair(&name, &value);
        i += 2;
    }
    Ok(JsString::from(serializer.finish().as_str()).into())
}

/// `domainToASCII(domain)`: the punycode form, `''` for an invalid domain (as Node's).
fn domain_to_ascii(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let domain = usv(&arg(args, 0), context)?;
    Ok(JsString::from(quirks::domain_to_ascii(&domain).as_str()).into())
}

/// `domainToUnicode(domain)`: the Unicode form, `''` for an invalid domain.
fn domain_to_unicode(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let domain = usv(&arg(args, 0), context)?;
    Ok(JsString::from(quirks::domain_to_unicode(&domain).as_str()).into())
}

/// The natives object url.js receives.
pub fn natives(context: &mut Context) -> JsObject {
    let functions: &[(&str, crate::bindings::NativeFn, usize)] = &[
        ("parse", parse, 2),
        ("set", set, 3),
        ("formParse", form_parse, 1),
        ("formSerialize", form_serialize, 1),
        ("domainToASCII", domain_to_ascii, 1),
        ("domainToUnicode", domain_to_unicode, 1),
    ];
    crate::bindings::natives_initializer(context, functions).build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_against_base() {
        let url = parse_with_base("../c?d#e", Some("http://a.com/x/y/z")).unwrap();
        assert_eq!(url.as_str(), "http://a.com/x/c?d#e");
        assert!(parse_with_base("nope", None).is_none());
        assert!(parse_with_base("/a", Some("nope")).is_none());
    }
}
