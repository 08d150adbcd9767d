from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case_list import CaseList
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    group: str,
    domain: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/groups/{group}/rulesets/{domain}/cases".format(
            group=quote(str(group), safe=""),
            domain=quote(str(domain), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CaseList | Problem | None:
    if response.status_code == 200:
        response_200 = CaseList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CaseList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group: str,
    domain: str,
    *,
    client: AuthenticatedClient,
) -> Response[CaseList | Problem]:
    """List the test cases

     The ruleset's own test cases (of the draft, else the published version), each run
        against it: passed or not, why, and the rules concerned.

    Args:
        group (str):
        domain (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseList | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
        domain=domain,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group: str,
    domain: str,
    *,
    client: AuthenticatedClient,
) -> CaseList | Problem | None:
    """List the test cases

     The ruleset's own test cases (of the draft, else the published version), each run
        against it: passed or not, why, and the rules concerned.

    Args:
        group (str):
        domain (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseList | Problem
    """

    return sync_detailed(
        group=group,
        domain=domain,
        client=client,
    ).parsed


async def asyncio_detailed(
    group: str,
    domain: str,
    *,
    client: AuthenticatedClient,
) -> Response[CaseList | Problem]:
    """List the test cases

     The ruleset's own test cases (of the draft, else the published version), each run
        against it: passed or not, why, and the rules concerned.

    Args:
        group (str):
        domain (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseList | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
        domain=domain,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group: str,
    domain: str,
    *,
    client: AuthenticatedClient,
) -> CaseList | Problem | None:
    """List the test cases

     The ruleset's own test cases (of the draft, else the published version), each run
        against it: passed or not, why, and the rules concerned.

    Args:
        group (str):
        domain (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseList | Problem
    """

    return (
        await asyncio_detailed(
            group=group,
            domain=domain,
            client=client,
        )
    ).parsed
