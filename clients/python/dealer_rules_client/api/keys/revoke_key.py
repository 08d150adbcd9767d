from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.key_info import KeyInfo
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    group: str,
    prefix: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/groups/{group}/keys/{prefix}".format(
            group=quote(str(group), safe=""),
            prefix=quote(str(prefix), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> KeyInfo | Problem | None:
    if response.status_code == 200:
        response_200 = KeyInfo.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[KeyInfo | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group: str,
    prefix: str,
    *,
    client: AuthenticatedClient,
) -> Response[KeyInfo | Problem]:
    """Revoke an API key

     Revoke a key; every worker refuses it within about a second.

    Args:
        group (str):
        prefix (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KeyInfo | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
        prefix=prefix,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group: str,
    prefix: str,
    *,
    client: AuthenticatedClient,
) -> KeyInfo | Problem | None:
    """Revoke an API key

     Revoke a key; every worker refuses it within about a second.

    Args:
        group (str):
        prefix (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeyInfo | Problem
    """

    return sync_detailed(
        group=group,
        prefix=prefix,
        client=client,
    ).parsed


async def asyncio_detailed(
    group: str,
    prefix: str,
    *,
    client: AuthenticatedClient,
) -> Response[KeyInfo | Problem]:
    """Revoke an API key

     Revoke a key; every worker refuses it within about a second.

    Args:
        group (str):
        prefix (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KeyInfo | Problem]
    """

    kwargs = _get_kwargs(
        group=group,
        prefix=prefix,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group: str,
    prefix: str,
    *,
    client: AuthenticatedClient,
) -> KeyInfo | Problem | None:
    """Revoke an API key

     Revoke a key; every worker refuses it within about a second.

    Args:
        group (str):
        prefix (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeyInfo | Problem
    """

    return (
        await asyncio_detailed(
            group=group,
            prefix=prefix,
            client=client,
        )
    ).parsed
