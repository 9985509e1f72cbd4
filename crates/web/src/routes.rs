//! The page routes, registered through [`Pages`], which records each one as it goes into the
//! router: axum's `Router` cannot list its routes afterwards, and the routes × people test must
//! ask every route that exists. The API's routes are listed by its OpenAPI document
//! ([`crate::api::openapi`]); [`all`] gives both.

use axum::Router;
use axum::handler::Handler;
use axum::routing;

use crate::AppState;

/// A registered route: its method and its path pattern as axum reads it (`/networks/{slug}`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Route {
    pub method: &'static str,
    pub path: String,
}

/// A router of pages that remembers what it registered.
#[derive(Default)]
pub struct Pages {
    router: Router<AppState>,
    list: Vec<Route>,
}

impl Pages {
    pub fn new() -> Pages {
        Pages::default()
    }

    fn record(mut self, method: &'static str, path: &'static str, route: routing::MethodRouter<AppState>) -> Pages {
        self.list.push(Route { method, path: path.to_string() });
        // axum merges the methods of one path registered twice (and panics on a method twice).
        self.router = self.router.route(path, route);
        self
    }

    /// `GET` (and with it `HEAD`).
    pub fn get<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, handler: H) -> Pages {
        self.record("GET", path, routing::get(handler))
    }

    pub fn post<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, handler: H) -> Pages {
        self.record("POST", path, routing::post(handler))
    }

    pub fn merge(mut self, other: Pages) -> Pages {
        self.list.extend(other.list);
        self.router = self.router.merge(other.router);
        self
    }

    /// What was registered, in order.
    pub fn list(&self) -> &[Route] {
        &self.list
    }

    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}

/// Every route of the application: the pages as registered, then the API's operations from its
/// OpenAPI document (paths with `/api/v1` in front).
pub fn all() -> Vec<Route> {
    let mut routes = crate::pages().list().to_vec();
    for (path, item) in crate::api::openapi().paths.paths {
        let methods = [
            ("GET", item.get.is_some()),
            ("POST", item.post.is_some()),
            ("PUT", item.put.is_some()),
            ("PATCH", item.patch.is_some()),
            ("DELETE", item.delete.is_some()),
        ];
        for (method, present) in methods {
            if present {
                routes.push(Route { method, path: format!("/api/v1{path}") });
            }
        }
    }
    routes
}
