from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.version_text import VersionText
from ...types import Response


def _get_kwargs(
    group: str,
    domain: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/groups/{group}/rulesets/{domain}/draft".format(
            group=quote(str(group), safe=""),
            domain=quote(str(domain), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VersionText | None:
    if response.status_code == 200:
        response_200 = VersionText.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | VersionText]:
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
) -> Response[Problem | VersionText]:
    """Read the draft

     The draft's YAML and the revision to send back when saving.

    Args:
        group (str):
        domain (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VersionText]
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
) -> Problem | VersionText | None:
    """Read the draft

     The draft's YAML and the revision to send back when saving.

    Args:
        group (str):
        domain (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VersionText
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
) -> Response[Problem | VersionText]:
    """Read the draft

     The draft's YAML and the revision to send back when saving.

    Args:
        group (str):
        domain (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VersionText]
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
) -> Problem | VersionText | None:
    """Read the draft

     The draft's YAML and the revision to send back when saving.

    Args:
        group (str):
        domain (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VersionText
    """

    return (
        await asyncio_detailed(
            group=group,
            domain=domain,
            client=client,
        )
    ).parsed
