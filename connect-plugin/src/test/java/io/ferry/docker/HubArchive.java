package io.ferry.docker;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The name of the Confluent-Hub zip the Maven build writes: ${hub.owner}-${hub.name}-${project.version}.zip. */
record HubArchive(String owner, String name, String version) {

    static HubArchive fromPluginPom() {
        Path pom = ProjectFiles.ROOT.resolve("connect-plugin/pom.xml");
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
            Element project = document.getDocumentElement();
            Element properties = child(project, "properties");
            Element parent = child(project, "parent");
            return new HubArchive(text(properties, "hub.owner"), text(properties, "hub.name"), text(parent, "version"));
        } catch (Exception e) {
            throw new AssertionError("cannot read the hub coordinates from " + pom, e);
        }
    }

    String fileName() {
        return owner + "-" + name + "-" + version + ".zip";
    }

    private static Element child(Element element, String name) {
        return (Element) element.getElementsByTagName(name).item(0);
    }

    private static String text(Element element, String name) {
        return child(element, name).getTextContent().trim();
    }
}
