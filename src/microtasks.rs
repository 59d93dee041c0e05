//! V8's microtask queue, modelled: our `JobExecutor` receives every promise job Boa creates and
//! puts it in the host's microtask queue, where the event loop drains it (`runMicrotasks()`).

use std::rc::Rc;

use boa_engine::job::{Job, JobExecutor};
use boa_engine::{Context, JsResult};

use crate::host::{Host, Microtask};
use crate::report::Queue;
use crate::stack;

/// The executor Boa hands promise jobs to. It only queues; `event_loop` decides when they run.
#[derive(Debug, Default)]
pub struct MicrotaskQueue;

impl JobExecutor for MicrotaskQueue {
    fn enqueue_job(self: Rc<Self>, job: Job, context: &mut Context) {
        let host = Host::of(context);
        match job {
            Job::PromiseJob(job) => {
                let at = if host.tracing {
                    stack::user_location(context, &host)
                } else {
                    None
                };
                let id = host.describe(
                    Queue::Microtask,
                    "promise",
                    || "(promise reaction)".into(),
                    at,
                    None,
                );
                host.push_microtask(Microtask::Promise(id, job));
            }
            Job::GenericJob(job) => {
                let id = host.describe(Queue::Microtask, "job", || "(job)".into(), None, None);
                host.push_microtask(Microtask::Generic(id, job));
            }
            Job::AsyncJob(job) => {
                host.state.borrow_mut().async_jobs.push_back(job);
                crate::dynamic_import::queue_import(context, &host);
            }
            // Boa's own timeout and interval jobs, and FinalizationRegistry cleanups, are not
            // part of Node's model: timers are ours, and GC timing is never observable here.
            _ => {}
        }
    }

    fn run_jobs(self: Rc<Self>, context: &mut Context) -> JsResult<()> {
        // Only module loading drives Boa's own job loop; see `event_loop::run_async_jobs`.
        crate::event_loop::run_async_jobs(context);
        Ok(())
    }
}
