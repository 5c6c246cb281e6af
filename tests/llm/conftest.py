from __future__ import annotations

import pytest

from tests.llm.fake_server import FakeLLMServer


@pytest.fixture(scope="session")
def llm_server():
    with FakeLLMServer() as server:
        yield server


@pytest.fixture
def endpoint_for(llm_server):
    """An endpoint on the fake server whose model picks the behaviour; requests of earlier tests cleared."""
    from alongside.llm import Endpoint

    llm_server.requests.clear()

    def make(model: str, **options) -> Endpoint:
        return Endpoint(base_url=llm_server.base_url, model=model, **{"timeout": 1.0, **options})

    return make
