package org.probation.sampling.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A stored sample, for reading only: samples are written by {@link SampleWriter} in JDBC batches. */
@Entity
@Immutable
@Table(name = "sample")
public class SampleEntity {

    @Id
    public long id;

    @Column(name = "account_id")
    public String accountId;

    public String metric;

    @Column(name = "sampled_at")
    public Instant at;

    @Column(name = "metric_value")
    public double value;

    @Column(name = "received_at")
    public Instant receivedAt;

    public String source;
}
