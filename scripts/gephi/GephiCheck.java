// Imports graph files with the Gephi toolkit (org.gephi:gephi-toolkit, classifier "all") as Gephi's own import
// does (ImportController, then the DefaultProcessor into a new workspace), and prints, per file, one JSON line:
// what Gephi read — nodes by their "type" attribute, edges by their "type" attribute and by Gephi's edge type
// (the GEXF `kind`, the GraphML edge `label`), the node pairs it kept more than one edge between, the edges it
// merged away, and the import report's issues. Compiled and run by
// scripts/gephi-check.mjs; no dependency but the toolkit jar.
import java.io.File;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

public final class GephiCheck {
  private GephiCheck() {}

  private static String json(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out.append('"').toString();
  }

  private static String json(Map<String, Integer> counts) {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (out.length() > 1) out.append(',');
      out.append(json(e.getKey())).append(':').append(e.getValue());
    }
    return out.append('}').toString();
  }

  /** The column titled "type" (GEXF: its attribute id; GraphML: its key's attr.name, the id being the key's id). */
  private static Column typeColumn(Table table) {
    for (Column column : table) if (column.getTitle().equals("type") || column.getId().equals("type")) return column;
    return null;
  }

  private static String text(Object value) {
    return value == null ? "(none)" : value.toString();
  }

  public static void main(String[] args) throws Exception {
    ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    GraphController graphs = Lookup.getDefault().lookup(GraphController.class);
    projects.newProject();
    for (String path : args) {
      Workspace workspace = projects.newWorkspace(projects.getCurrentProject());
      Container container = importer.importFile(new File(path));
      if (container == null) throw new IllegalStateException(path + ": Gephi found no importer for it");
      int drafts = container.getUnloader().getEdgeCount();
      importer.process(container, new DefaultProcessor(), workspace);
      GraphModel model = graphs.getGraphModel(workspace);
      Graph graph = model.getGraph();
      Column nodeType = typeColumn(model.getNodeTable());
      Column edgeType = typeColumn(model.getEdgeTable());
      Map<String, Integer> nodes = new TreeMap<>();
      for (Node n : graph.getNodes()) nodes.merge(nodeType == null ? "(no type column)" : text(n.getAttribute(nodeType)), 1, Integer::sum);
      Map<String, Integer> edges = new TreeMap<>();
      Map<String, Integer> kinds = new TreeMap<>();
      Map<String, Integer> pairs = new TreeMap<>();
      for (Edge e : graph.getEdges()) {
        pairs.merge(e.getSource().getId() + " -> " + e.getTarget().getId(), 1, Integer::sum);
        edges.merge(edgeType == null ? "(no type column)" : text(e.getAttribute(edgeType)), 1, Integer::sum);
        kinds.merge(text(model.getEdgeTypeLabel(e.getType())), 1, Integer::sum);
      }
      Map<String, Integer> parallel = new TreeMap<>();
      for (Map.Entry<String, Integer> pair : pairs.entrySet()) if (pair.getValue() > 1) parallel.put(pair.getKey(), pair.getValue());
      StringBuilder issues = new StringBuilder("[");
      for (Iterator<Issue> it = container.getReport().getIssues(100); it.hasNext();) {
        Issue issue = it.next();
        if (issues.length() > 1) issues.append(',');
        issues.append(json(issue.getLevel() + ": " + issue.getMessage()));
      }
      issues.append(']');
      System.out.println("{\"file\":" + json(path) + ",\"nodeCount\":" + graph.getNodeCount() + ",\"edgeCount\":" + graph.getEdgeCount()
          + ",\"edgesInFile\":" + drafts + ",\"nodes\":" + json(nodes) + ",\"edges\":" + json(edges) + ",\"edgeKinds\":" + json(kinds) + ",\"parallel\":" + json(parallel)
          + ",\"issues\":" + issues + "}");
    }
    System.exit(0);
  }
}
