/**
 * The locustfile the worker hands to Locust: it loads the user's locustfile, re-exports its classes (Locust finds
 * User and LoadTestShape classes among a locustfile's globals) and writes one JSON line per request from
 * Locust's `request` event. Shipped as a string and written to the run's output folder, so the bundle needs no
 * side files. Environment: DLT_LOCUST_SCRIPT (the user's locustfile), DLT_SAMPLES_FILE (where rows go),
 * DLT_LOCUST_IGNORE_SHAPE=1 (the scenario's profile wins over a LoadTestShape), DLT_LOCUST_TASK_RATE (task runs
 * per second per user, via constant_throughput), DLT_LOCUST_MAX_REQUESTS (quit after that many requests).
 *
 * Row fields: t (start, epoch ms), n (name), m (method), c (status code, 0 without a response), ok, ms (response
 * time), b (length), u (users running), e (Locust's own text for the exception, as its failures table shows it).
 */
export const LOCUST_WRAPPER_FILE = 'dlt_locust_wrapper.py';

export const LOCUST_WRAPPER_SOURCE = String.raw`# Written by the DLT load tester for one run; see wrapper-source.ts in the load-tester package.
import atexit as _dlt_atexit
import importlib.util as _dlt_importlib_util
import json as _dlt_json
import os as _dlt_os
import sys as _dlt_sys
import time as _dlt_time

import gevent as _dlt_gevent
from locust import events as _dlt_events
from locust.shape import LoadTestShape as _DltLoadTestShape
from locust.stats import StatsError as _DltStatsError
from locust.user.wait_time import constant_throughput as _dlt_constant_throughput

_dlt_script = _dlt_os.environ["DLT_LOCUST_SCRIPT"]
_dlt_sys.path.insert(0, _dlt_os.path.dirname(_dlt_os.path.abspath(_dlt_script)))
_dlt_spec = _dlt_importlib_util.spec_from_file_location(
    _dlt_os.path.splitext(_dlt_os.path.basename(_dlt_script))[0], _dlt_script
)
_dlt_module = _dlt_importlib_util.module_from_spec(_dlt_spec)
_dlt_sys.modules[_dlt_spec.name] = _dlt_module
_dlt_spec.loader.exec_module(_dlt_module)

# In a function: a loop variable left in this module's globals would be found by Locust as a second User class.
def _dlt_reexport(module, into):
    ignore_shape = _dlt_os.environ.get("DLT_LOCUST_IGNORE_SHAPE") == "1"
    for name, value in list(vars(module).items()):
        if name.startswith("__") or name.startswith("_dlt"):
            continue
        if ignore_shape and isinstance(value, type) and issubclass(value, _DltLoadTestShape):
            continue
        into[name] = value


_dlt_reexport(_dlt_module, globals())

_dlt_out = open(_dlt_os.environ["DLT_SAMPLES_FILE"], "a", buffering=1 << 16)
_dlt_state = {"runner": None, "left": int(_dlt_os.environ.get("DLT_LOCUST_MAX_REQUESTS", "0") or 0)}


def _dlt_flush_loop():
    while not _dlt_out.closed:
        _dlt_gevent.sleep(0.2)
        if not _dlt_out.closed:
            _dlt_out.flush()


@_dlt_events.init.add_listener
def _dlt_on_init(environment, **_kwargs):
    _dlt_state["runner"] = environment.runner
    rate = float(_dlt_os.environ.get("DLT_LOCUST_TASK_RATE", "0") or 0)
    if rate > 0:
        for user_class in environment.user_classes:
            user_class.wait_time = _dlt_constant_throughput(rate)
    _dlt_gevent.spawn(_dlt_flush_loop)


@_dlt_events.request.add_listener
def _dlt_on_request(request_type, name, response_time, response_length, response=None, exception=None, start_time=None, **_kwargs):
    if start_time is None:
        start_time = _dlt_time.time() - (response_time or 0) / 1000.0
    status = getattr(response, "status_code", 0) or 0
    runner = _dlt_state["runner"]
    row = {
        "t": start_time * 1000.0,
        "n": name,
        "m": request_type,
        "c": int(status),
        "ok": exception is None,
        "ms": response_time or 0,
        "b": response_length or 0,
        "u": runner.user_count if runner is not None else 0,
    }
    if _dlt_out.closed:
        return
    if exception is not None:
        row["e"] = _DltStatsError.parse_error(exception)
    _dlt_out.write(_dlt_json.dumps(row) + "\n")
    if _dlt_state["left"] > 0:
        _dlt_state["left"] -= 1
        if _dlt_state["left"] == 0 and runner is not None:
            _dlt_gevent.spawn(runner.quit)


# Locust fires quitting before it stops the users, so requests may still finish after it: flush there, close at exit.
@_dlt_events.quitting.add_listener
def _dlt_on_quitting(**_kwargs):
    if not _dlt_out.closed:
        _dlt_out.flush()


@_dlt_atexit.register
def _dlt_close():
    if not _dlt_out.closed:
        _dlt_out.flush()
        _dlt_out.close()
`;
