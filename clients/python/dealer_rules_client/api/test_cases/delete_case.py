from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case_saved import CaseSaved
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    group: str,
    domain: str,
    number: int,
    *,
    revision: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["revision"] = revision

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/groups/{group}/rulesets/{domain}/cases/{number}".format(
            group=quote(str(group), safe=""),
            domain=quote(str(domain), safe=""),
            number=quote(str(number), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CaseSaved | Problem | None:
    if response.status_code == 200:
        response_200 = CaseSaved.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CaseSaved | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group: str,
    domain: str,
    number: int,
    *,
    client: AuthenticatedClient,
    revision: int,
) -> Response[CaseSaved | Problem]:
    """Delete a test case

     Delete case `number` (`?revision=` the one you read).

    Args:
        group (str):
        domain (str):
        number (int):
        revision (int): The revision you read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseSaved | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
        domain=domain,
        number=number,
        revision=revision,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group: str,
    domain: str,
    number: int,
    *,
    client: AuthenticatedClient,
    revision: int,
) -> CaseSaved | Problem | None:
    """Delete a test case

     Delete case `number` (`?revision=` the one you read).

    Args:
        group (str):
        domain (str):
        number (int):
        revision (int): The revision you read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseSaved | Problem
    """

    return sync_detailed(
        group=group,
        domain=domain,
        number=number,
        client=client,
        revision=revision,
    ).parsed


async def asyncio_detailed(
    group: str,
    domain: str,
    number: int,
    *,
    client: AuthenticatedClient,
    revision: int,
) -> Response[CaseSaved | Problem]:
    """Delete a test case

     Delete case `number` (`?revision=` the one you read).

    Args:
        group (str):
        domain (str):
        number (int):
        revision (int): The revision you read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseSaved | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
        domain=domain,
        number=number,
        revision=revision,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group: str,
    domain: str,
    number: int,
    *,
    client: AuthenticatedClient,
    revision: int,
) -> CaseSaved | Problem | None:
    """Delete a test case

     Delete case `number` (`?revision=` the one you read).

    Args:
        group (str):
        domain (str):
        number (int):
        revision (int): The revision you read.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseSaved | Problem
    """

    return (
        await asyncio_detailed(
            group=group,
            domain=domain,
            number=number,
            client=client,
            revision=revision,
        )
    ).parsed
