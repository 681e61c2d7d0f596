"""schemathesis against the server's own OpenAPI document: generated requests for every
operation, sent as the admin, never get a 5xx, and every response matches the documented
status codes, content types and schemas. Bounded: a few examples per operation.

Excluded check: ``positive_data_acceptance`` (a schema-valid request must not get 4xx). The
library's rules validate more than a schema can say (ISBN check digits, e-mail shape, "either
username and password or card and PIN"), answering 422 with the field, which is correct."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

pytestmark = pytest.mark.slow
EXAMPLES = 10


def _operations(app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    found = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if not operation.path.startswith("/sync"):  # the sync endpoints have their own suite
            found.append(operation)
    return found


def test_openapi_conformance(sqlite_api):
    headers = sqlite_api.token("admin")
    operations = _operations(sqlite_api.client.app)
    assert len(operations) >= 35
    failures = []
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate(headers=headers, excluded_checks=[positive_data_acceptance])

        try:
            check()
        except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - collect every failure, report all
            failures.append(f"{operation.method.upper()} {operation.path}: {exc}")
    assert not failures, "\n\n".join(failures)
