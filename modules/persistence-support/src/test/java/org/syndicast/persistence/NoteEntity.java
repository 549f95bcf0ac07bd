package org.syndicast.persistence;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of the tests: an id chosen by the test and a text. */
@Entity
@Table(name = "SYN_TEST_NOTE")
public class NoteEntity {
    @Id
    public String id;
    public String text;

    public NoteEntity() {
    }

    NoteEntity(String id, String text) {
        this.id = id;
        this.text = text;
    }
}
