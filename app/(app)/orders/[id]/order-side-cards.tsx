import Link from "next/link";
import { ExternalLink, Mail, Phone, UserRound } from "lucide-react";
import { formatOrderTime } from "@/components/orders/format";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatMoney } from "@/lib/money";
import type { OrderDetail } from "@/lib/orders/order-detail";
import { refundable } from "@/lib/orders/state-machine";

/** The order page's right column: customer, fulfilment, payment, returns and notes. */
export function OrderSideCards({ order, timeZone: tz }: { order: OrderDetail; timeZone: string }) {
  const money = (minor: number) => formatMoney(minor, order.currency);
  return (
    <div className="grid content-start gap-6">
      <Card>
        <CardHeader>
          <CardTitle as="h2">Customer</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-1.5 text-sm">
          {order.customer ? (
            <>
              <Link
                href={`/customers/${order.customer.id}`}
                className="inline-flex items-center gap-1.5 font-medium hover:text-accent-soft-foreground hover:underline"
              >
                <UserRound aria-hidden className="size-4 text-muted-foreground" />
                {order.customer.name}
              </Link>
              {order.customer.email ? (
                <a
                  href={`mailto:${order.customer.email}`}
                  className="inline-flex items-center gap-1.5 text-muted-foreground hover:text-foreground"
                >
                  <Mail aria-hidden className="size-4" /> {order.customer.email}
                </a>
              ) : null}
              {order.customer.phone ? (
                <span className="inline-flex items-center gap-1.5 text-muted-foreground">
                  <Phone aria-hidden className="size-4" /> {order.customer.phone}
                </span>
              ) : null}
            </>
          ) : (
            <p className="text-muted-foreground">Walk-in sale, no customer recorded.</p>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle as="h2">Fulfilment</CardTitle>
        </CardHeader>
        <CardContent>
          <Facts
            rows={[
              ["Ships from", order.location.name],
              ["Fulfilled", order.fulfilledAt ? formatOrderTime(order.fulfilledAt, tz) : null],
              ["Delivered", order.deliveredAt ? formatOrderTime(order.deliveredAt, tz) : null],
              ["Carrier", order.carrier],
              ["Tracking", order.trackingNumber],
            ]}
          />
          {order.trackingUrl ? (
            <a
              href={order.trackingUrl}
              target="_blank"
              rel="noopener noreferrer"
              className="mt-3 inline-flex items-center gap-1.5 text-sm font-medium text-accent-soft-foreground hover:underline"
            >
              Track parcel <ExternalLink aria-hidden className="size-3.5" />
            </a>
          ) : null}
          {!order.fulfilledAt && order.status !== "CANCELLED" ? (
            <p className="mt-3 text-sm text-muted-foreground">Not fulfilled yet.</p>
          ) : null}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle as="h2">Payment</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-3">
          <Facts
            rows={[
              ["Paid", order.paidAt ? formatOrderTime(order.paidAt, tz) : "Not yet"],
              ["Refunded", order.refundedMinor ? money(order.refundedMinor) : null],
              [
                "Still refundable",
                order.paymentStatus === "UNPAID" ? null : money(refundable(order)),
              ],
            ]}
          />
          {order.refunds.length ? (
            <ul className="grid gap-2 border-t border-border pt-3 text-sm">
              {order.refunds.map((r) => (
                <li key={r.id} className="grid gap-0.5">
                  <span className="font-medium tabular-nums">{money(r.amountMinor)}</span>
                  <span className="text-muted-foreground">{r.reason}</span>
                  <span className="text-xs text-muted-foreground">
                    {r.actorLabel} · {formatOrderTime(r.createdAt, tz)}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </CardContent>
      </Card>

      {order.returns.length ? (
        <Card>
          <CardHeader>
            <CardTitle as="h2">Returns</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-3 text-sm">
              {order.returns.map((r) => (
                <li key={r.id} className="grid gap-1">
                  <span className="font-medium">{r.reason}</span>
                  <ul className="text-muted-foreground">
                    {r.lines.map((rl) => (
                      <li key={rl.orderLineId}>
                        {rl.quantity} × {order.lines.find((l) => l.id === rl.orderLineId)?.label}{" "}
                        {rl.restock ? "(restocked)" : "(written off)"}
                      </li>
                    ))}
                  </ul>
                  <span className="text-xs text-muted-foreground">
                    {r.actorLabel} · {formatOrderTime(r.createdAt, tz)}
                  </span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}

      {order.notes ? (
        <Card>
          <CardHeader>
            <CardTitle as="h2">Notes</CardTitle>
          </CardHeader>
          <CardContent>
            <p className="text-sm whitespace-pre-line">{order.notes}</p>
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}

/** Label/value pairs; rows without a value are left out. */
function Facts({ rows }: { rows: [string, string | null][] }) {
  const shown = rows.filter(([, value]) => value);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
      {shown.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="text-right break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
