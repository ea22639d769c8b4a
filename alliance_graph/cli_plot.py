"""The ``plot`` command group: pictures of the graph (a thin layer over :mod:`alliance_graph.plot`).

matplotlib is imported only when a picture is drawn, so registering these commands costs
nothing at start-up.
"""

from __future__ import annotations

import click

from alliance_graph.cli import as_of_option, cli, open_graph, user_errors

_OUT = click.option("-o", "--output", "out", required=True, metavar="FILE",
                    help="Picture to write: .png, .svg or .html (self-contained, SVG inline).")


@cli.group()
def plot() -> None:
    """Draw the graph: a membership timeline or the state-organisation network.

    \b
    Example:
        alliance-graph plot timeline CSTO -o csto.png --as-of 2024-03-01
        alliance-graph plot network -o network.html
    """


@plot.command("timeline")
@click.argument("name")
@_OUT
@as_of_option
@click.pass_context
@user_errors
def plot_timeline_command(ctx: click.Context, name: str, out: str, as_of: str | None) -> None:
    """Draw the membership history of an organisation (one bar per member) or a state (one
    bar per organisation), coloured by status, with the events as markers.

    \b
    Example:
        alliance-graph plot timeline CSTO -o csto.png --as-of 2024-03-01
        alliance-graph plot timeline Armenia -o armenia.svg
    """
    from alliance_graph.plot import plot_timeline

    with open_graph(ctx) as graph:
        summary = plot_timeline(graph, name, out, as_of=as_of)
    click.echo(f"Wrote {summary}.", err=True)


@plot.command("network")
@_OUT
@as_of_option
@click.pass_context
@user_errors
def plot_network_command(ctx: click.Context, out: str, as_of: str | None) -> None:
    """Draw states and organisations as a network: an edge for each membership that holds
    on the date, coloured by status.

    \b
    Example:
        alliance-graph plot network -o network.png --as-of 2024-03-01
    """
    from alliance_graph.plot import plot_network

    with open_graph(ctx) as graph:
        summary = plot_network(graph, out, as_of=as_of)
    click.echo(f"Wrote {summary}.", err=True)
